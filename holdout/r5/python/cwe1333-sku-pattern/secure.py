"""
Validate product SKUs typed into the admin form. A SKU is one or more groups of
letters and digits separated by dashes, e.g. "AB12-C3-77".
"""
import re

SKU_RE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def is_valid_sku(value: str) -> bool:
    return len(value) <= 64 and SKU_RE.fullmatch(value.upper()) is not None


def normalise_sku(value: str) -> str:
    """Upper-case and strip a SKU typed by hand; raise ValueError when it is malformed."""
    cleaned = value.strip().upper()
    if not is_valid_sku(cleaned):
        raise ValueError(f"not a SKU: {value!r}")
    return cleaned


def parse_sku_list(text: str) -> list:
    """The bulk-edit box takes SKUs separated by commas or new lines."""
    items = [part for chunk in text.splitlines() for part in chunk.split(",")]
    return [normalise_sku(item) for item in items if item.strip()]


assert is_valid_sku("ab12-c3-77")
assert not is_valid_sku("ab--12")
assert parse_sku_list("ab12-c3, x9\nq1-q2") == ["AB12-C3", "X9", "Q1-Q2"]
