"""Persistence for invoices (sqlite in dev, the same SQL runs on the staging box)."""
import logging
import sqlite3
from datetime import date
from typing import Iterable, Optional

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS invoices (
    id INTEGER PRIMARY KEY,
    customer TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    issued_on TEXT,
    total_cents INTEGER NOT NULL DEFAULT 0
)
"""


class InvoiceRepository:
    def __init__(self, path: str = ":memory:") -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(SCHEMA)

    def add(self, customer: str, total_cents: int, issued_on: Optional[date] = None) -> int:
        cur = self.conn.execute(
            "INSERT INTO invoices (customer, total_cents, issued_on) VALUES (?, ?, ?)",
            (customer, total_cents, issued_on.isoformat() if issued_on else None),
        )
        self.conn.commit()
        return cur.lastrowid

    def mark(self, invoice_id: int, status: str) -> None:
        self.conn.execute("UPDATE invoices SET status = ? WHERE id = ?", (status, invoice_id))
        self.conn.commit()

    def for_customer(self, customer: str, status: Optional[str] = None) -> list:
        """Invoices of one customer, newest first, optionally filtered by status."""
        sql = f"SELECT * FROM invoices WHERE customer = '{customer}'"
        if status:
            sql += f" AND status = '{status}'"
        sql += " ORDER BY issued_on DESC"
        log.debug("query: %s", sql)
        return [dict(r) for r in self.conn.execute(sql)]

    def totals(self, customers: Iterable[str]) -> dict:
        out = {}
        for name in customers:
            row = self.conn.execute(
                "SELECT COALESCE(SUM(total_cents), 0) FROM invoices WHERE customer = ?", (name,)
            ).fetchone()
            out[name] = row[0]
        return out
