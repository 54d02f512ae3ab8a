"""Builds the weekly digest e-mail (HTML part) from the activity feed."""
import logging
from datetime import datetime, timedelta

from jinja2 import Environment, FileSystemLoader

log = logging.getLogger(__name__)
TEMPLATE_DIR = "templates/email"

env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=True, trim_blocks=True)
env.filters["ago"] = lambda ts: f"{(datetime.utcnow() - ts).days}d ago"


def _window(now=None):
    now = now or datetime.utcnow()
    return now - timedelta(days=7), now


def collect(feed, user_id):
    start, end = _window()
    items = [e for e in feed if e["recipient"] == user_id and start <= e["at"] < end]
    items.sort(key=lambda e: e["at"], reverse=True)
    return items


def render_digest(user, feed) -> str:
    """Comments and mentions of the past week; comment bodies are what other users typed."""
    items = collect(feed, user["id"])
    if not items:
        log.debug("no activity for %s", user["id"])
        return ""
    template = env.get_template("digest.html")
    return template.render(
        name=user["display_name"],
        items=[{"author": e["author"], "body": e["body"], "at": e["at"]} for e in items],
        generated=datetime.utcnow(),
    )


def render_plain(user, feed) -> str:
    lines = [f"Hi {user['display_name']}, here is your week:"]
    for e in collect(feed, user["id"]):
        lines.append(f"- {e['author']}: {e['body'][:80]}")
    return "\n".join(lines)
