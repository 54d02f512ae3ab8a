import bleach
import markdown
from markupsafe import Markup

ALLOWED_TAGS = {"p", "em", "strong", "code", "pre", "ul", "ol", "li", "a", "blockquote", "table", "tr", "td", "th"}


def render_comment(body: str) -> Markup:
    """Comments are written in Markdown and shown under each article."""
    html = markdown.markdown(body, extensions=["fenced_code", "tables"])
    cleaned = bleach.clean(html, tags=ALLOWED_TAGS, attributes={"a": ["href", "title"]}, protocols={"http", "https"})
    return Markup(cleaned)
