import psycopg2

DB_HOST = "db.internal.example.com"
DB_NAME = "inventory"
DB_USER = "inventory_app"
DB_PASSWORD = "Inv3nt0ry!2024"


def get_connection():
    """Open a connection to the inventory database."""
    return psycopg2.connect(
        host=DB_HOST,
        dbname=DB_NAME,
        user=DB_USER,
        password=DB_PASSWORD,
        connect_timeout=5,
    )


def count_items() -> int:
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM items")
        return cur.fetchone()[0]
