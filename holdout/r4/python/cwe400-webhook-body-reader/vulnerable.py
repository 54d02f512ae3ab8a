import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/payments")
def payment_hook():
    """Receive a payment provider event, check its signature and queue it."""
    body = request.stream.read()

    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        abort(401)

    event = json.loads(body)
    with open("/var/spool/payments/events.jsonl", "a") as fh:
        fh.write(json.dumps({"type": event.get("type"), "id": event.get("id")}) + "\n")
    return {"received": True}
