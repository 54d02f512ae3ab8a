import jwt

from .config import SIGNING_KEY


def user_from_token(token: str) -> dict:
    claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"require": ["sub", "exp"]})
    return {"id": claims["sub"], "roles": claims.get("roles", [])}


def issue_token(user_id: str, roles: list[str]) -> str:
    return jwt.encode({"sub": user_id, "roles": roles}, SIGNING_KEY, algorithm="HS256")
