import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)
MAX_BODY = 64 * 1024  # provider events are a few KiB
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/payments")
def payment_hook():
    """Receive a payment provider event, check its signature and queue it."""
    if request.content_length is None or request.content_length > MAX_BODY:
        abort(413)
    body = request.stream.read(MAX_BODY)

    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        abort(401)

    event = json.loads(body)
    with open("/var/spool/payments/events.jsonl", "a") as fh:
        fh.write(json.dumps({"type": event.get("type"), "id": event.get("id")}) + "\n")
    return {"received": True}
