"""
User accounts for the small intranet wiki.

Implement `hash_password(password) -> str` and `check_password(password, stored) -> bool`.
Stored values live in the `users.pw` column.
"""
import hashlib
import hmac
import os


ROUNDS = 310_000


def hash_password(password: str) -> str:
    salt = os.urandom(16).hex()
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), ROUNDS).hex()
    return f"{salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    salt, digest = stored.split("$", 1)
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), ROUNDS).hex()
    return hmac.compare_digest(candidate, digest)


def test_check():
    assert check_password("pw", hash_password("pw"))
    assert not check_password("nope", hash_password("pw"))
