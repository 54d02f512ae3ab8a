"""
Avatar uploads for the community forum.

Requirements:
  * POST /profile/avatar with a multipart field "avatar".
  * Store the file under static/avatars/ so the web server can serve it directly
    at /static/avatars/<name>.
  * Keep the user's original file name so the avatar URL is readable.
  * Update the user's `avatar_url` and return it.

The helpers below are used by the view; `current_user` comes from flask_login.
"""
import os
import time
from typing import Optional

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

app = Flask(__name__)
AVATAR_DIR = os.path.join(app.root_path, "static", "avatars")
MAX_BYTES = 512 * 1024


def _ensure_dir() -> None:
    os.makedirs(AVATAR_DIR, exist_ok=True)


def _size_ok(stream) -> bool:
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    return 0 < size <= MAX_BYTES


def _stored_name(user_id: int, original: str) -> str:
    name = secure_filename(original) or "avatar"
    return f"{user_id}-{int(time.time())}-{name}"


def _save_url(user_id: int, url: str) -> None:
    from .models import db, User
    user = db.session.get(User, user_id)
    user.avatar_url = url
    db.session.commit()


def _old_avatar(user_id: int) -> Optional[str]:
    from .models import db, User
    user = db.session.get(User, user_id)
    return user.avatar_url if user else None


@app.post("/profile/avatar")
@login_required
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None or not upload.filename:
        abort(400, "no file")
    if not _size_ok(upload.stream):
        abort(413, "avatar too large")
    _ensure_dir()
    name = _stored_name(current_user.id, upload.filename)
    upload.save(os.path.join(AVATAR_DIR, name))
    old = _old_avatar(current_user.id)
    url = f"/static/avatars/{name}"
    _save_url(current_user.id, url)
    if old and old.startswith("/static/avatars/"):
        try:
            os.remove(os.path.join(AVATAR_DIR, os.path.basename(old)))
        except FileNotFoundError:
            pass
    return jsonify({"avatar_url": url})
