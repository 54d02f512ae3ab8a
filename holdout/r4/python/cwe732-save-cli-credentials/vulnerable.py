"""Store and load the CLI's API credentials in the user's config directory."""
import json
import os
from pathlib import Path
from typing import Optional

CONFIG_DIR = Path.home() / ".config" / "acme-cli"
CREDENTIALS_FILE = CONFIG_DIR / "credentials.json"


def save_credentials(api_key: str, api_secret: str) -> Path:
    """Write the API key pair so later commands can authenticate without prompting."""
    CONFIG_DIR.mkdir(parents=True, exist_ok=True)
    with open(CREDENTIALS_FILE, "w", encoding="utf-8") as fh:
        json.dump({"api_key": api_key, "api_secret": api_secret}, fh, indent=2)
    # Make sure the file can be read by other tools that run under different accounts
    os.chmod(CREDENTIALS_FILE, 0o644)
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
