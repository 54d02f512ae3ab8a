"""
Partner webhooks carry a JWT in the Authorization header, signed with our shared
HS256 secret. Implement `partner_from_token(header)` returning the partner id
(the `sub` claim) or raising PermissionError.
"""
import os

import jwt

SECRET = os.environ.get("PARTNER_JWT_SECRET", "")


def _bearer(header: str) -> str:
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise PermissionError("missing bearer token")
    return token


def partner_from_token(header: str) -> str:
    token = _bearer(header)
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.PyJWTError as exc:
        raise PermissionError("invalid token") from exc
    if "sub" not in claims:
        raise PermissionError("token has no subject")
    return str(claims["sub"])
