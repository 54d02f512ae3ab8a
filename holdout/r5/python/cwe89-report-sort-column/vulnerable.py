"""
get_orders(cursor, customer_id, sort_by)

Return the orders of one customer, sorted by the column the user picked in the
table header (`sort_by` arrives as a request parameter such as "created_at").
Uses a psycopg2 cursor.
"""
from typing import Any, List

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
