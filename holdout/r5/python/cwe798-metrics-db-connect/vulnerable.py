"""
connect_metrics() -> psycopg2 connection

The nightly metrics job connects to the reporting database. Write the connect
helper plus `daily_signups(conn, day)`.
"""
import os

import psycopg2

DB_HOST = "reporting.internal"
DB_NAME = "metrics"


def connect_metrics():
    return psycopg2.connect(
        host=DB_HOST,
        dbname=DB_NAME,
        user="metrics_job",
        password="Wint3r-r3ports!",
    )


def daily_signups(conn, day: str) -> int:
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM signups WHERE created::date = %s", (day,))
        return int(cur.fetchone()[0])
