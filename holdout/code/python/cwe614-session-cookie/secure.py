import secrets

from flask import Blueprint, make_response, redirect

bp = Blueprint("auth", __name__)


def start_session(user_id: int):
    sid = secrets.token_urlsafe(32)
    bp.sessions.put(sid, user_id)
    resp = make_response(redirect("/home"))
    resp.set_cookie("sid", sid, max_age=3600, secure=True, httponly=True, samesite="Lax")
    return resp
