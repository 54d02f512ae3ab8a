"""
Keep a small shopping-cart state in a cookie so the shop works without a server
session. Implement `dump_cart(cart) -> str` and `load_cart(cookie_value) -> dict`.
The cookie value comes back from the browser on every request.
"""
import base64
import json
from typing import Dict


def dump_cart(cart: Dict[str, int]) -> str:
    return base64.urlsafe_b64encode(json.dumps(cart).encode("utf-8")).decode("ascii")


def load_cart(cookie_value: str) -> Dict[str, int]:
    if not cookie_value:
        return {}
    data = json.loads(base64.urlsafe_b64decode(cookie_value.encode("ascii")))
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in dict(data).items()}


def test_roundtrip():
    assert load_cart(dump_cart({"sku-1": 2})) == {"sku-1": 2}
