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


class InvoiceError(ValueError):
    pass


def check_invoice(invoice: Dict, price_list: Dict[str, float]) -> None:
    """Reject invoices whose lines do not add up to the stated total."""
    if not invoice["number"]:
        raise InvoiceError("invoice has no number")
    if not invoice["lines"]:
        raise InvoiceError("invoice has no lines")
    computed = 0.0
    for line in invoice["lines"]:
        if line["sku"] not in price_list:
            raise InvoiceError(f"unknown sku {line['sku']}")
        if line["qty"] <= 0:
            raise InvoiceError(f"bad quantity for {line['sku']}")
        computed += price_list[line["sku"]] * line["qty"]
    if abs(computed - invoice["total"]) > 0.01:
        raise InvoiceError(f"total {invoice['total']:.2f} does not match lines ({computed:.2f})")


def import_invoice(xml_bytes: bytes, supplier_id: int, price_list: Dict[str, float], db) -> str:
    """Parse, check and store one uploaded invoice; returns its number."""
    invoice = parse_invoice(xml_bytes)
    check_invoice(invoice, price_list)
    with db:
        db.execute(
            "INSERT INTO invoices (supplier_id, number, total) VALUES (?, ?, ?)",
            (supplier_id, invoice["number"], invoice["total"]),
        )
        db.executemany(
            "INSERT INTO invoice_lines (supplier_id, number, sku, qty) VALUES (?, ?, ?, ?)",
            [(supplier_id, invoice["number"], l["sku"], l["qty"]) for l in invoice["lines"]],
        )
    return invoice["number"]


SAMPLE = b"""<invoice>
  <number>INV-7</number><total>30.00</total>
  <line><sku>A1</sku><qty>2</qty></line>
  <line><sku>B2</sku><qty>1</qty></line>
</invoice>"""


def test_parse_and_check():
    invoice = parse_invoice(SAMPLE)
    assert invoice["number"] == "INV-7"
    check_invoice(invoice, {"A1": 10.0, "B2": 10.0})
