"""Link previews for chat messages: fetches a page and extracts its title and image."""
import ipaddress
import logging
import re
import socket
from urllib.parse import urlparse

import requests

log = logging.getLogger(__name__)
TIMEOUT = (3, 5)
MAX_BYTES = 512 * 1024
TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
OG_IMAGE = re.compile(r'<meta[^>]+property="og:image"[^>]+content="([^"]+)"', re.I)


class PreviewError(Exception):
    pass


def _check_url(url: str) -> str:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PreviewError("only http(s) links get previews")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise PreviewError("link points at an internal address")
    return url


def fetch(url: str) -> str:
    url = _check_url(url)
    resp = requests.get(url, timeout=TIMEOUT, stream=True, allow_redirects=False)
    resp.raise_for_status()
    body = resp.raw.read(MAX_BYTES, decode_content=True)
    return body.decode(resp.encoding or "utf-8", errors="replace")


def preview(url: str) -> dict:
    """Called by the message service for the first link of every new message."""
    try:
        html = fetch(url)
    except (requests.RequestException, PreviewError) as exc:
        log.info("no preview for %s: %s", url, exc)
        return {"url": url}
    title = TITLE.search(html)
    image = OG_IMAGE.search(html)
    return {
        "url": url,
        "title": title.group(1).strip()[:200] if title else None,
        "image": image.group(1) if image else None,
    }
