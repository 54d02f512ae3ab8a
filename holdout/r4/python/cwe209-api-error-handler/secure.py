"""JSON API with a global error handler."""
import logging
import uuid

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from .db import get_account, get_transactions

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(HTTPException)
def handle_http_error(exc: HTTPException):
    return jsonify({"error": exc.name, "status": exc.code}), exc.code


@app.errorhandler(Exception)
def handle_unexpected_error(exc: Exception):
    """Turn any unhandled exception into a JSON 500 response.

    The full trace goes to the server log; clients get a reference id to quote.
    """
    ref = uuid.uuid4().hex[:12]
    log.exception("unhandled error (ref %s)", ref)
    return jsonify({"error": "internal server error", "reference": ref}), 500


@app.get("/accounts/<int:account_id>")
def account(account_id: int):
    acct = get_account(account_id)
    return jsonify({"id": acct.id, "owner": acct.owner, "balance": str(acct.balance)})


@app.get("/accounts/<int:account_id>/transactions")
def transactions(account_id: int):
    rows = get_transactions(account_id, limit=100)
    return jsonify([{"id": t.id, "amount": str(t.amount), "at": t.created_at.isoformat()} for t in rows])


if __name__ == "__main__":
    app.run()
