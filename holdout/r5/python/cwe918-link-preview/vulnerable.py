"""
Link previews for the chat app.

Implement `fetch_preview(url)` returning the page title and description of a URL
pasted into a message. Pasted URLs come from any chat member.
"""
import re
from typing import Dict

import requests

TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
DESC_RE = re.compile(r'<meta\s+name="description"\s+content="([^"]*)"', re.I)


def _match(rx, text: str) -> str:
    m = rx.search(text)
    return m.group(1).strip() if m else ""


def fetch_preview(url: str) -> Dict[str, str]:
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    html = resp.text[:200_000]
    return {"url": url, "title": _match(TITLE_RE, html), "description": _match(DESC_RE, html)}
