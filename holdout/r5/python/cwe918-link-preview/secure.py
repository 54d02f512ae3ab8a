"""
Link previews for the chat app.

Implement `fetch_preview(url)` returning the page title and description of a URL
pasted into a message. Pasted URLs come from any chat member.
"""
import ipaddress
import re
import socket
from typing import Dict
from urllib.parse import urlsplit

import requests

TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
DESC_RE = re.compile(r'<meta\s+name="description"\s+content="([^"]*)"', re.I)


def _match(rx, text: str) -> str:
    m = rx.search(text)
    return m.group(1).strip() if m else ""


def _public_host(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        addr = ipaddress.ip_address(info[4][0])
        if not addr.is_global:
            return False
    return True


def fetch_preview(url: str) -> Dict[str, str]:
    if not _public_host(url):
        raise ValueError("previews are only fetched from public web addresses")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    html = resp.text[:200_000]
    return {"url": url, "title": _match(TITLE_RE, html), "description": _match(DESC_RE, html)}
