"""
save_token(token) / load_token()

The CLI stores the user's API token in ~/.config/acme/token after `acme login`.
"""
import os
from pathlib import Path

TOKEN_PATH = Path.home() / ".config" / "acme" / "token"


def save_token(token: str) -> None:
    TOKEN_PATH.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(TOKEN_PATH, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token.strip() + "\n")
    os.chmod(TOKEN_PATH, 0o600)


def load_token() -> str:
    return TOKEN_PATH.read_text().strip()
