"""Template helpers for rendering user profiles and @mentions."""
import re

from markupsafe import Markup, escape

MENTION = re.compile(r"@([A-Za-z0-9_]{2,30})")


def register(app):
    app.jinja_env.filters["mentions"] = link_mentions
    app.jinja_env.filters["badge"] = role_badge
    app.jinja_env.filters["initials"] = initials


def initials(name: str) -> str:
    parts = [p for p in name.split() if p]
    return "".join(p[0].upper() for p in parts[:2]) or "?"


def role_badge(role: str) -> Markup:
    colours = {"admin": "red", "staff": "blue"}
    return Markup('<span class="badge badge-{}">{}</span>').format(colours.get(role, "grey"), role)


def link_mentions(text: str) -> Markup:
    """Turn @name into profile links inside a comment body (rendered with |mentions)."""
    out = []
    pos = 0
    for m in MENTION.finditer(text):
        out.append(str(escape(text[pos:m.start()])))
        out.append(f'<a class="mention" href="/u/{m.group(1)}">@{m.group(1)}</a>')
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def truncate_words(text: str, n: int = 30) -> str:
    words = text.split()
    if len(words) <= n:
        return text
    return " ".join(words[:n]) + "\u2026"
