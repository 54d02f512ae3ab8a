import base64
import json
from typing import Any, Dict

from flask import Flask, make_response, request

app = Flask(__name__)
COOKIE_NAME = "prefs"


def load_preferences() -> Dict[str, Any]:
    """Read the user's display preferences from the cookie, or return defaults."""
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return {"theme": "light", "page_size": 20}
    return json.loads(base64.urlsafe_b64decode(raw))


@app.post("/preferences")
def save_preferences():
    prefs = load_preferences()
    prefs.update(request.get_json(force=True))
    resp = make_response({"saved": prefs})
    resp.set_cookie(COOKIE_NAME, base64.urlsafe_b64encode(json.dumps(prefs).encode()).decode())
    return resp
