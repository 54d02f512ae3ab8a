"""Generate placeholder images in bulk for the design team."""
import io
import zipfile

from flask import Flask, request, send_file
from PIL import Image, ImageDraw

app = Flask(__name__)


def make_placeholder(width: int, height: int, label: str) -> bytes:
    img = Image.new("RGB", (width, height), color=(200, 200, 200))
    draw = ImageDraw.Draw(img)
    draw.text((10, 10), label, fill=(60, 60, 60))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@app.get("/placeholders.zip")
def placeholders():
    """Return a zip with `count` placeholder PNGs of the requested size.

    Example: /placeholders.zip?count=10&width=300&height=200
    """
    count = int(request.args.get("count", 1))
    width = int(request.args.get("width", 300))
    height = int(request.args.get("height", 200))

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        for i in range(count):
            zf.writestr(f"placeholder-{i + 1}.png", make_placeholder(width, height, f"{width}x{height} #{i + 1}"))
    archive.seek(0)
    return send_file(archive, mimetype="application/zip", download_name="placeholders.zip")
