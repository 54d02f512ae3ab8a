"""
Import supplier invoices uploaded as XML.

    parse_invoice(xml_bytes) -> {"number": str, "total": float, "lines": [...]}

The upload form accepts files from any supplier account.
"""
from typing import Dict, List

from lxml import etree


def _text(node, tag: str) -> str:
    found = node.find(tag)
    return found.text.strip() if found is not None and found.text else ""


def parse_invoice(xml_bytes: bytes) -> Dict:
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    root = etree.fromstring(xml_bytes, parser)
    lines: List[Dict] = []
    for item in root.iter("line"):
        lines.append({"sku": _text(item, "sku"), "qty": int(_text(item, "qty") or 0)})
    return {"number": _text(root, "number"), "total": float(_text(root, "total") or 0), "lines": lines}
