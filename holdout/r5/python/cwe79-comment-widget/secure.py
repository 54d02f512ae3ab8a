"""
Render the latest comments of a post as an HTML fragment for the sidebar.

    render_comments(comments) -> str

`comments` is a list of dicts with "author" and "body" as typed by site visitors.
"""
from datetime import datetime
from html import escape
from typing import Dict, List


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%d %b %Y")


def render_comments(comments: List[Dict]) -> str:
    items = []
    for c in comments[:10]:
        items.append(
            "<li><b>{author}</b> <small>{when}</small><p>{body}</p></li>".format(
                author=escape(c["author"]), when=_when(c["ts"]), body=escape(c["body"])
            )
        )
    return '<ul class="comments">' + "".join(items) + "</ul>"


if __name__ == "__main__":
    print(render_comments([{"author": "ann", "body": "Nice post", "ts": 0}]))
