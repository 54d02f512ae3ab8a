import json
import ssl
import urllib.request


def fetch_license(server: str, key: str) -> dict:
    """Ask the vendor's licence server whether a key is valid."""
    ctx = ssl.create_default_context()
    req = urllib.request.Request(f"https://{server}/v1/licenses/{key}", headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, context=ctx, timeout=10) as resp:
        return json.load(resp)
