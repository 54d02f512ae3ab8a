"""
save_token(token) / load_token()

The CLI stores the user's API token in ~/.config/acme/token after `acme login`.
"""
import os
from pathlib import Path

TOKEN_PATH = Path.home() / ".config" / "acme" / "token"


def save_token(token: str) -> None:
    TOKEN_PATH.parent.mkdir(parents=True, exist_ok=True)
    TOKEN_PATH.write_text(token.strip() + "\n")
    os.chmod(TOKEN_PATH, 0o644)


def load_token() -> str:
    return TOKEN_PATH.read_text().strip()
