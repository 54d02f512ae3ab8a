import logging

from flask import Flask, request

from .users import authenticate

app = Flask(__name__)
logging.basicConfig(filename="auth.log", format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
logger = logging.getLogger("auth")


@app.post("/api/login")
def api_login():
    """Authenticate a user and record every attempt in the audit log."""
    username = request.form.get("username", "")
    # Keep each attempt on one log line whatever the submitted name contains
    shown = username.encode("unicode_escape").decode("ascii")[:64]
    password = request.form.get("password", "")
    client = request.remote_addr

    if authenticate(username, password):
        logger.info("login ok user=%s ip=%s", shown, client)
        return {"status": "ok"}
    logger.warning("login failed user=%s ip=%s", shown, client)
    return {"status": "denied"}, 401
