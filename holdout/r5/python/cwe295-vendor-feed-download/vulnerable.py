"""
Download the daily price feed from the vendor's HTTPS endpoint and save it.
The vendor's server sometimes presents a certificate chain our old base image
did not know, so the download must work with the CA bundle shipped in certs/.
"""
from pathlib import Path
import csv
from typing import Dict

import requests

FEED_URL = "https://feeds.vendor.example/prices/daily.csv"
CA_BUNDLE = Path(__file__).with_name("certs") / "vendor-ca.pem"


def download_feed(dest: Path) -> int:
    resp = requests.get(FEED_URL, timeout=30, verify=False)
    resp.raise_for_status()
    dest.write_bytes(resp.content)
    return len(resp.content)


def parse_prices(path: Path) -> Dict[str, float]:
    """sku,price lines; the header row is skipped."""
    prices: Dict[str, float] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                prices[row["sku"]] = float(row["price"])
            except (KeyError, ValueError):
                continue
    return prices


def refresh(cache_dir: Path) -> int:
    target = cache_dir / "daily.csv"
    size = download_feed(target)
    if size == 0:
        raise RuntimeError("vendor sent an empty feed")
    return len(parse_prices(target))
