from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit


class ShortLinkHandler(BaseHTTPRequestHandler):
    links: dict[str, str] = {}

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        slug = parts.path.lstrip("/")
        target = self.links.get(slug) or parse_qs(parts.query).get("fallback", ["/"])[0]
        self.send_response(302)
        self.send_header("Location", target)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8080), ShortLinkHandler).serve_forever()
