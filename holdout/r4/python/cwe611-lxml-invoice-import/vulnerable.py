"""Import supplier invoices delivered as XML files."""
from dataclasses import dataclass
from decimal import Decimal
from typing import List

from lxml import etree


@dataclass
class InvoiceLine:
    sku: str
    quantity: int
    unit_price: Decimal


def parse_invoice(xml_bytes: bytes) -> List[InvoiceLine]:
    """Parse an uploaded invoice document into its line items.

    Suppliers' documents declare shared entities (company name, currency) in
    their DTD, so entities are expanded while parsing.
    """
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    root = etree.fromstring(xml_bytes, parser=parser)
    lines = []
    for item in root.iterfind(".//line"):
        lines.append(
            InvoiceLine(
                sku=item.findtext("sku", default="").strip(),
                quantity=int(item.findtext("qty", default="0")),
                unit_price=Decimal(item.findtext("price", default="0")),
            )
        )
    return lines
