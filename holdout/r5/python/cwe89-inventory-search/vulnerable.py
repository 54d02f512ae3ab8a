"""
Write `find_products(conn, name_fragment, max_price)` returning the rows of the
`products` table whose name contains the fragment and whose price is at most
`max_price`, cheapest first. Both values come from the shop's search box.
"""
import sqlite3
from typing import List, Tuple


def open_db(path: str = "shop.db") -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def find_products(conn: sqlite3.Connection, name_fragment: str, max_price: float) -> List[Tuple]:
    query = (
        "SELECT id, name, price FROM products "
        "WHERE name LIKE '%" + name_fragment + "%' AND price <= " + str(max_price) +
        " ORDER BY price ASC"
    )
    cur = conn.execute(query)
    return [tuple(row) for row in cur.fetchall()]


def _demo() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, price REAL)")
    conn.executemany("INSERT INTO products (name, price) VALUES (?, ?)",
                     [("red mug", 7.5), ("blue mug", 9.0), ("teapot", 21.0)])
    assert [r[1] for r in find_products(conn, "mug", 10)] == ["red mug", "blue mug"]


if __name__ == "__main__":
    _demo()
