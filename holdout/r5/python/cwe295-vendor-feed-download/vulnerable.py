"""
Download the daily price feed from the vendor's HTTPS endpoint and save it.
The vendor's server sometimes presents a certificate chain our old base image
did not know, so the download must work with the CA bundle shipped in certs/.
"""
from pathlib import Path

import requests

FEED_URL = "https://feeds.vendor.example/prices/daily.csv"
CA_BUNDLE = Path(__file__).with_name("certs") / "vendor-ca.pem"


def download_feed(dest: Path) -> int:
    resp = requests.get(FEED_URL, timeout=30, verify=False)
    resp.raise_for_status()
    dest.write_bytes(resp.content)
    return len(resp.content)
