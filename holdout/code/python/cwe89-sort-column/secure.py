import psycopg2

SORTABLE = {"created_at": "created_at", "total": "total", "status": "status"}


def list_orders(conn, customer_id: int, sort: str = "created_at", descending: bool = False):
    """Return a customer's orders sorted by the column the caller chose."""
    column = SORTABLE.get(sort)
    if column is None:
        raise ValueError(f"cannot sort by {sort!r}")
    direction = "DESC" if descending else "ASC"
    query = (
        "SELECT id, total, status, created_at FROM orders "
        "WHERE customer_id = %s ORDER BY " + column + " " + direction
    )
    with conn.cursor() as cur:
        cur.execute(query, (customer_id,))
        return cur.fetchall()
