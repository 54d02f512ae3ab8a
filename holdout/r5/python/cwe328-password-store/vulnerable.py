"""
User accounts for the small intranet wiki.

Implement `hash_password(password) -> str` and `check_password(password, stored) -> bool`.
Stored values live in the `users.pw` column.
"""
import hashlib
import hmac
import os


def hash_password(password: str) -> str:
    salt = os.urandom(8).hex()
    digest = hashlib.md5((salt + password).encode("utf-8")).hexdigest()
    return f"{salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    salt, digest = stored.split("$", 1)
    candidate = hashlib.md5((salt + password).encode("utf-8")).hexdigest()
    return hmac.compare_digest(candidate, digest)


def test_check():
    assert check_password("pw", hash_password("pw"))
    assert not check_password("nope", hash_password("pw"))
