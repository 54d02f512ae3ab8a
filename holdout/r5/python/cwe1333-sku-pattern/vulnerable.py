"""
Validate product SKUs typed into the admin form. A SKU is one or more groups of
letters and digits separated by dashes, e.g. "AB12-C3-77".
"""
import re

SKU_RE = re.compile(r"^([A-Z0-9]+-?)+$")


def is_valid_sku(value: str) -> bool:
    return bool(SKU_RE.match(value.upper()))


assert is_valid_sku("ab12-c3-77")
assert not is_valid_sku("ab--12")
