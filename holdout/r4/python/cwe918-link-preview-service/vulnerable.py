"""Link preview endpoint: fetch a page and return its title and description."""
from html.parser import HTMLParser

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


class MetaParser(HTMLParser):
    """Collect <title> and the og:/description meta tags."""

    def __init__(self):
        super().__init__()
        self.title = ""
        self.description = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and attrs.get("property") in ("og:description", "description"):
            self.description = attrs.get("content", "")
        elif tag == "meta" and attrs.get("name") == "description" and not self.description:
            self.description = attrs.get("content", "")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify({"error": "url must start with http:// or https://"}), 400

    resp = requests.get(url, timeout=5)
    parser = MetaParser()
    parser.feed(resp.text[:200_000])
    return jsonify({"url": url, "title": parser.title.strip(), "description": parser.description})


if __name__ == "__main__":
    app.run()
