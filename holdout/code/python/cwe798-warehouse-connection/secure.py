import os

import snowflake.connector


def warehouse_connection(database: str = "ANALYTICS"):
    return snowflake.connector.connect(
        account=os.environ["SNOWFLAKE_ACCOUNT"],
        user=os.environ["SNOWFLAKE_USER"],
        password=os.environ["SNOWFLAKE_PASSWORD"],
        warehouse="ETL_WH",
        database=database,
    )


def row_count(table: str) -> int:
    with warehouse_connection() as conn:
        cur = conn.cursor()
        cur.execute("SELECT COUNT(*) FROM IDENTIFIER(%s)", (table,))
        return cur.fetchone()[0]
