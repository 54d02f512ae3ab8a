import markdown
from markupsafe import Markup


def render_comment(body: str) -> Markup:
    """Comments are written in Markdown and shown under each article."""
    html = markdown.markdown(body, extensions=["fenced_code", "tables"])
    return Markup(html)
