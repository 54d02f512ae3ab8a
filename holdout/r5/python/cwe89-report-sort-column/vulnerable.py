"""
get_orders(cursor, customer_id, sort_by)

Return the orders of one customer, sorted by the column the user picked in the
table header (`sort_by` arrives as a request parameter such as "created_at").
Uses a psycopg2 cursor.
"""
from typing import Any, List
from typing import Dict, Optional

DEFAULT_SORT = "created_at"


def _rows_to_dicts(cursor, rows) -> List[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in rows]


def get_orders(cursor: Any, customer_id: int, sort_by: str = DEFAULT_SORT) -> List[dict]:
    sql = (
        "SELECT id, total, status, created_at FROM orders "
        "WHERE customer_id = %s ORDER BY " + sort_by + " DESC"
    )
    cursor.execute(sql, (customer_id,))
    return _rows_to_dicts(cursor, cursor.fetchall())


def get_order(cursor: Any, customer_id: int, order_id: int) -> Optional[dict]:
    """One order of the customer, or None when it does not exist or is someone else's."""
    cursor.execute(
        "SELECT id, total, status, created_at FROM orders WHERE id = %s AND customer_id = %s",
        (order_id, customer_id),
    )
    rows = _rows_to_dicts(cursor, cursor.fetchall())
    return rows[0] if rows else None


def count_orders(cursor: Any, customer_id: int, status: Optional[str] = None) -> int:
    if status is None:
        cursor.execute("SELECT count(*) FROM orders WHERE customer_id = %s", (customer_id,))
    else:
        cursor.execute(
            "SELECT count(*) FROM orders WHERE customer_id = %s AND status = %s",
            (customer_id, status),
        )
    return int(cursor.fetchone()[0])


def cancel_order(cursor: Any, customer_id: int, order_id: int) -> bool:
    """Cancel an order that has not shipped yet. Returns True when a row changed."""
    cursor.execute(
        "UPDATE orders SET status = 'cancelled' WHERE id = %s AND customer_id = %s AND status = 'open'",
        (order_id, customer_id),
    )
    return cursor.rowcount == 1


def order_page(cursor: Any, customer_id: int, params: Dict[str, str]) -> Dict[str, Any]:
    """Build the JSON for the "My orders" table from the request's query parameters."""
    sort_by = params.get("sort", DEFAULT_SORT)
    orders = get_orders(cursor, customer_id, sort_by)
    return {
        "orders": orders,
        "total": count_orders(cursor, customer_id),
        "open": count_orders(cursor, customer_id, "open"),
        "sort": sort_by,
    }


if __name__ == "__main__":
    import psycopg2

    with psycopg2.connect("dbname=shop") as conn, conn.cursor() as cur:
        print(order_page(cur, 42, {"sort": "total"}))
