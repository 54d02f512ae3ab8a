"""Nightly loader: copies a day's partition of events into the reporting schema."""
import argparse
import logging
import sys
from datetime import datetime

import psycopg2

log = logging.getLogger("etl.loader")
DSN = "dbname=reporting"


def parse_day(value: str) -> str:
    return datetime.strptime(value, "%Y-%m-%d").date().isoformat()


def delete_partition(cur, source: str, day: str) -> int:
    cur.execute("DELETE FROM daily_events WHERE day = %s AND source = %s", (day, source))
    return cur.rowcount


def copy_partition(cur, source: str, day: str) -> int:
    """Copy one source's rows for the given day; source comes from the scheduler's job args."""
    cur.execute(
        "INSERT INTO daily_events (day, source, user_id, kind, payload) "
        "SELECT %s, source, user_id, kind, payload FROM raw_events "
        "WHERE created::date = %s AND source = '" + source + "'",
        (day, day),
    )
    return cur.rowcount


def run(sources, day: str) -> int:
    conn = psycopg2.connect(DSN)
    total = 0
    try:
        with conn, conn.cursor() as cur:
            for source in sources:
                removed = delete_partition(cur, source, day)
                added = copy_partition(cur, source, day)
                log.info("%s %s: -%d +%d", day, source, removed, added)
                total += added
    finally:
        conn.close()
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--day", type=parse_day, required=True)
    ap.add_argument("sources", nargs="+")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    n = run(args.sources, args.day)
    print(f"loaded {n} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
