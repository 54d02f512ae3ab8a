"""
Create a thumbnail for an uploaded picture using ImageMagick's `convert`.

    make_thumbnail(src, width) -> path of the new file

`src` is the stored upload path and `width` is taken from the query string
(`?w=...`), so callers pass whatever the client sent.
"""
import os
import os.path
import subprocess

THUMB_DIR = "/var/cache/thumbs"


def thumb_path(src: str, width: str) -> str:
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(THUMB_DIR, f"{base}_{width}.jpg")


def make_thumbnail(src: str, width: str) -> str:
    if not width.isdigit() or not 16 <= int(width) <= 2048:
        raise ValueError("width must be a number between 16 and 2048")
    dest = thumb_path(src, width)
    status = subprocess.run(["convert", src, "-resize", f"{int(width)}x", dest]).returncode
    if status != 0:
        raise RuntimeError("convert failed with status %d" % status)
    return dest
