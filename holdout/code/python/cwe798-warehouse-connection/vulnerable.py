import snowflake.connector


def warehouse_connection(database: str = "ANALYTICS"):
    return snowflake.connector.connect(
        account="acme-eu1",
        user="etl_service",
        password="Wint3r-Harvest-2024!",
        warehouse="ETL_WH",
        database=database,
    )


def row_count(table: str) -> int:
    with warehouse_connection() as conn:
        cur = conn.cursor()
        cur.execute("SELECT COUNT(*) FROM IDENTIFIER(%s)", (table,))
        return cur.fetchone()[0]
