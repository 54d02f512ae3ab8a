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
IMAGE_TYPES = {"png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff", "gif": b"GIF8"}


def _ensure_dir() -> None:
    os.makedirs(AVATAR_DIR, exist_ok=True)


def _size_ok(stream) -> bool:
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    return 0 < size <= MAX_BYTES


def _image_kind(stream) -> Optional[str]:
    head = stream.read(8)
    stream.seek(0)
    for ext, magic in IMAGE_TYPES.items():
        if head.startswith(magic):
            return ext
    return None


def _stored_name(user_id: int, original: str, ext: str) -> str:
    stem = os.path.splitext(secure_filename(original))[0] or "avatar"
    return f"{user_id}-{int(time.time())}-{stem}.{ext}"


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
    kind = _image_kind(upload.stream)
    if kind is None:
        abort(415, "avatars must be PNG, JPEG or GIF images")
    _ensure_dir()
    name = _stored_name(current_user.id, upload.filename, kind)
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
