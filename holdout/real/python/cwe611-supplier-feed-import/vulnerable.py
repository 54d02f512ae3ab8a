"""Imports the XML product feeds suppliers upload to the partner portal."""
import logging
from decimal import Decimal, InvalidOperation
from typing import Iterator, NamedTuple

from lxml import etree

log = logging.getLogger("feeds")
NS = {"f": "urn:partner-feed:1"}


class FeedItem(NamedTuple):
    sku: str
    title: str
    price: Decimal
    stock: int


class FeedError(ValueError):
    pass


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, huge_tree=True, remove_blank_text=True)


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_feed(data: bytes) -> Iterator[FeedItem]:
    """Yield the items of an uploaded feed document."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"malformed feed: {exc}") from exc
    for node in root.iterfind("f:item", NS):
        sku = _text(node, "f:sku")
        if not sku:
            log.debug("item without sku skipped")
            continue
        try:
            price = Decimal(_text(node, "f:price", "0"))
            stock = int(_text(node, "f:stock", "0"))
        except (InvalidOperation, ValueError):
            log.warning("bad numbers for %s", sku)
            continue
        yield FeedItem(sku, _text(node, "f:title"), price, stock)


def import_feed(path: str, upsert) -> int:
    with open(path, "rb") as fh:
        data = fh.read()
    count = 0
    for item in parse_feed(data):
        upsert(item)
        count += 1
    log.info("imported %d items from %s", count, path)
    return count
