import hashlib


def sign(secret: bytes, body: bytes) -> str:
    return hashlib.sha1(secret + body).hexdigest()


def verify(secret: bytes, body: bytes, signature: str) -> bool:
    """Checks the X-Signature header our partners send with each callback."""
    return sign(secret, body) == signature
