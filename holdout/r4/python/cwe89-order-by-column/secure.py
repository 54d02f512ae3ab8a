import sqlite3
from typing import List, Tuple

SORTABLE_COLUMNS = {"id", "customer", "total", "created_at"}


def list_orders(db_path: str, sort_by: str = "created_at", descending: bool = True) -> List[Tuple]:
    """Return all orders sorted by the column the caller picks.

    The sort column comes from the table header the user clicked in the UI,
    e.g. "created_at", "total" or "customer".
    """
    if sort_by not in SORTABLE_COLUMNS:
        raise ValueError(f"cannot sort by {sort_by!r}")
    direction = "DESC" if descending else "ASC"
    conn = sqlite3.connect(db_path)
    try:
        cursor = conn.execute(
            f"SELECT id, customer, total, created_at FROM orders ORDER BY {sort_by} {direction}"
        )
        return cursor.fetchall()
    finally:
        conn.close()


if __name__ == "__main__":
    for order in list_orders("shop.db", sort_by="total"):
        print(order)
