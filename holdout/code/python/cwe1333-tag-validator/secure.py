import re

TAG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_LENGTH = 500


def parse_tags(raw: str) -> list[str]:
    """Split a comma-separated tag list typed by a user into tags."""
    if len(raw) > MAX_LENGTH:
        raise ValueError("tag list too long")
    tags = [t.strip() for t in raw.split(",") if t.strip()]
    if not all(TAG.fullmatch(t) for t in tags):
        raise ValueError("tags may contain lower-case letters, digits and hyphens")
    return tags
