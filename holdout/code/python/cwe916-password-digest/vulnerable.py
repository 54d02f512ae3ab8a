import hashlib
import hmac


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def check_password(password: str, stored: str) -> bool:
    return hmac.compare_digest(hash_password(password), stored)


class Account:
    def __init__(self, username: str, password: str):
        self.username = username
        self.password_hash = hash_password(password)

    def verify(self, attempt: str) -> bool:
        return check_password(attempt, self.password_hash)
