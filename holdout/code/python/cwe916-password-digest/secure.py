import hashlib
import hmac
import os

ITERATIONS = 600_000


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)
    return salt.hex() + "$" + digest.hex()


def check_password(password: str, stored: str) -> bool:
    salt_hex, _ = stored.split("$", 1)
    return hmac.compare_digest(hash_password(password, bytes.fromhex(salt_hex)), stored)


class Account:
    def __init__(self, username: str, password: str):
        self.username = username
        self.password_hash = hash_password(password)

    def verify(self, attempt: str) -> bool:
        return check_password(attempt, self.password_hash)
