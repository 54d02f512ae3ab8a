"""
Create a thumbnail for an uploaded picture using ImageMagick's `convert`.

    make_thumbnail(src, width) -> path of the new file

`src` is the stored upload path and `width` is taken from the query string
(`?w=...`), so callers pass whatever the client sent.
"""
import os
import os.path

THUMB_DIR = "/var/cache/thumbs"


def thumb_path(src: str, width: str) -> str:
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(THUMB_DIR, f"{base}_{width}.jpg")


def make_thumbnail(src: str, width: str) -> str:
    dest = thumb_path(src, width)
    cmd = "convert %s -resize %sx %s" % (src, width, dest)
    status = os.system(cmd)
    if status != 0:
        raise RuntimeError("convert failed with status %d" % status)
    return dest


# --- Flask glue -------------------------------------------------------------------

from flask import Flask, abort, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/var/app/uploads"
ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".gif", ".webp"}


def stored_upload(upload_id: str) -> str:
    """Uploads are stored as <id><ext>; ids are the hex names we generated."""
    if not upload_id.isalnum():
        abort(404)
    for ext in ALLOWED_EXT:
        path = os.path.join(UPLOAD_DIR, upload_id + ext)
        if os.path.isfile(path):
            return path
    abort(404)


@app.get("/uploads/<upload_id>/thumb")
def thumbnail(upload_id: str):
    src = stored_upload(upload_id)
    width = request.args.get("w", "256")
    dest = thumb_path(src, width)
    if not os.path.exists(dest):
        try:
            dest = make_thumbnail(src, width)
        except (RuntimeError, ValueError):
            abort(400)
    return send_file(dest, mimetype="image/jpeg", max_age=86400)


def purge_thumbnails(older_than_days: int = 30) -> int:
    """Nightly job: delete cached thumbnails nobody asked for recently."""
    import time
    cutoff = time.time() - older_than_days * 86400
    removed = 0
    for name in os.listdir(THUMB_DIR):
        path = os.path.join(THUMB_DIR, name)
        if os.path.getatime(path) < cutoff:
            os.remove(path)
            removed += 1
    return removed
