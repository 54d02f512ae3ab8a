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
