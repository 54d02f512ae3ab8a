"""
Serve help pages stored as Markdown files under DOCS_ROOT.

Implement `read_doc(name)` which returns the text of DOCS_ROOT/<name>.md. The name
is the last part of the URL, e.g. /help/getting-started -> "getting-started".
"""
import os
from typing import Dict, List, Tuple

DOCS_ROOT = "/srv/app/docs"


def read_doc(name: str) -> str:
    path = os.path.join(DOCS_ROOT, name + ".md")
    if not os.path.isfile(path):
        raise FileNotFoundError(name)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def list_docs() -> List[Dict[str, str]]:
    """Table of contents: every page with the title taken from its first heading."""
    pages = []
    for entry in sorted(os.listdir(DOCS_ROOT)):
        if not entry.endswith(".md"):
            continue
        slug = entry[:-3]
        pages.append({"slug": slug, "title": _title(read_doc(slug), slug)})
    return pages


def _title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback.replace("-", " ").capitalize()


def search_docs(term: str, limit: int = 10) -> List[Dict[str, str]]:
    """Pages whose text contains `term` (case-insensitive), with a short excerpt."""
    term_l = term.lower()
    hits = []
    for page in list_docs():
        text = read_doc(page["slug"])
        pos = text.lower().find(term_l)
        if pos == -1:
            continue
        start = max(0, pos - 40)
        hits.append({**page, "excerpt": text[start:pos + len(term) + 40].replace("\n", " ")})
        if len(hits) >= limit:
            break
    return hits


def help_response(path_info: str) -> Tuple[int, str]:
    """WSGI glue: /help -> contents, /help/<name> -> that page as text/markdown."""
    parts = path_info.strip("/").split("/", 1)
    if len(parts) == 1:
        lines = [f"- [{p['title']}](/help/{p['slug']})" for p in list_docs()]
        return 200, "\n".join(lines)
    try:
        return 200, read_doc(parts[1])
    except FileNotFoundError:
        return 404, "No such help page."


def app(environ, start_response):
    status, body = help_response(environ.get("PATH_INFO", "/help"))
    start_response(f"{status} {'OK' if status == 200 else 'Not Found'}",
                   [("Content-Type", "text/markdown; charset=utf-8")])
    return [body.encode("utf-8")]
