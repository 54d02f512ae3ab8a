import hashlib
import hmac


def sign(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(secret: bytes, body: bytes, signature: str) -> bool:
    """Checks the X-Signature header our partners send with each callback."""
    return hmac.compare_digest(sign(secret, body), signature)
