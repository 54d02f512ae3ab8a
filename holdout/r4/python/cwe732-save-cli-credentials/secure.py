"""Store and load the CLI's API credentials in the user's config directory."""
import json
import os
from pathlib import Path
from typing import Optional

CONFIG_DIR = Path.home() / ".config" / "acme-cli"
CREDENTIALS_FILE = CONFIG_DIR / "credentials.json"


def save_credentials(api_key: str, api_secret: str) -> Path:
    """Write the API key pair so later commands can authenticate without prompting."""
    CONFIG_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Create the file readable and writable by the owner only
    fd = os.open(CREDENTIALS_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"api_key": api_key, "api_secret": api_secret}, fh, indent=2)
    os.chmod(CREDENTIALS_FILE, 0o600)
    return CREDENTIALS_FILE


def load_credentials() -> Optional[dict]:
    if not CREDENTIALS_FILE.exists():
        return None
    with open(CREDENTIALS_FILE, encoding="utf-8") as fh:
        return json.load(fh)


if __name__ == "__main__":
    import getpass

    key = input("API key: ")
    secret = getpass.getpass("API secret: ")
    print(f"Saved to {save_credentials(key, secret)}")
