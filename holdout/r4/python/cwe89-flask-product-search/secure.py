"""Small product catalogue API backed by SQLite."""
import sqlite3

from flask import Flask, g, jsonify, request

DATABASE = "catalog.db"
app = Flask(__name__)


def get_db() -> sqlite3.Connection:
    """Open one connection per request and reuse it."""
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/products/search")
def search_products():
    """Search products by (partial) name, optionally filtered by category.

    Query parameters:
        q: text to look for in the product name
        category: optional category slug
    """
    term = request.args.get("q", "")
    category = request.args.get("category")

    sql = "SELECT id, name, price, category FROM products WHERE name LIKE ?"
    params = [f"%{term}%"]
    if category:
        sql += " AND category = ?"
        params.append(category)
    sql += " ORDER BY name LIMIT 50"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(row) for row in rows])


@app.route("/products/<int:product_id>")
def get_product(product_id: int):
    row = get_db().execute(
        "SELECT id, name, price, category FROM products WHERE id = ?", (product_id,)
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))


if __name__ == "__main__":
    app.run(debug=False)
