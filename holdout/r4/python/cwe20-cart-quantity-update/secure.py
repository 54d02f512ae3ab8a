"""Shopping cart API: change the quantity of an item and return the new total."""
from decimal import Decimal

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET_KEY"]

PRICES = {"SKU-100": Decimal("19.99"), "SKU-200": Decimal("5.50"), "SKU-300": Decimal("120.00")}


def cart_total(cart: dict) -> Decimal:
    return sum((PRICES[sku] * qty for sku, qty in cart.items()), Decimal("0"))


@app.post("/cart/items/<sku>")
def set_quantity(sku: str):
    """Set the quantity of `sku` in the session cart; quantity 0 removes it."""
    if sku not in PRICES:
        return jsonify({"error": "unknown product"}), 404
    try:
        quantity = int(request.get_json(force=True).get("quantity", 1))
    except (TypeError, ValueError):
        return jsonify({"error": "quantity must be a whole number"}), 400
    if not 0 <= quantity <= 99:
        return jsonify({"error": "quantity must be between 0 and 99"}), 400

    cart = session.setdefault("cart", {})
    if quantity == 0:
        cart.pop(sku, None)
    else:
        cart[sku] = quantity
    session.modified = True
    return jsonify({"cart": cart, "total": str(cart_total(cart))})
