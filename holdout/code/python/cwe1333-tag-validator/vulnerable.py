import re

TAG_LIST = re.compile(r"^([a-z0-9]+(-[a-z0-9]+)*\s*,?\s*)*$")


def parse_tags(raw: str) -> list[str]:
    """Split a comma-separated tag list typed by a user into tags."""
    if not TAG_LIST.match(raw):
        raise ValueError("tags may contain lower-case letters, digits and hyphens")
    return [t.strip() for t in raw.split(",") if t.strip()]
