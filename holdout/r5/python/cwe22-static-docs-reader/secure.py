"""
Serve help pages stored as Markdown files under DOCS_ROOT.

Implement `read_doc(name)` which returns the text of DOCS_ROOT/<name>.md. The name
is the last part of the URL, e.g. /help/getting-started -> "getting-started".
"""
import os

DOCS_ROOT = "/srv/app/docs"


def read_doc(name: str) -> str:
    root = os.path.realpath(DOCS_ROOT)
    path = os.path.realpath(os.path.join(root, name + ".md"))
    if os.path.commonpath([root, path]) != root or not os.path.isfile(path):
        raise FileNotFoundError(name)
    with open(path, encoding="utf-8") as fh:
        return fh.read()
