import psycopg2


def list_orders(conn, customer_id: int, sort: str = "created_at", descending: bool = False):
    """Return a customer's orders sorted by the column the caller chose."""
    direction = "DESC" if descending else "ASC"
    query = (
        "SELECT id, total, status, created_at FROM orders "
        "WHERE customer_id = %s ORDER BY " + sort + " " + direction
    )
    with conn.cursor() as cur:
        cur.execute(query, (customer_id,))
        return cur.fetchall()
