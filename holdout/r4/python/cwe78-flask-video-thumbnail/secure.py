import os
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
MEDIA_DIR = "/srv/media"
THUMB_DIR = "/srv/thumbs"


@app.route("/thumbnail", methods=["POST"])
def make_thumbnail():
    """Grab a frame at the requested second of a stored video and save it as a JPEG."""
    data = request.get_json(force=True)
    video = os.path.basename(data["video"])
    try:
        second = float(data.get("at", 1))
    except (TypeError, ValueError):
        return jsonify({"error": "'at' must be a number of seconds"}), 400

    src = os.path.join(MEDIA_DIR, video)
    out = os.path.join(THUMB_DIR, os.path.splitext(video)[0] + ".jpg")

    # ffmpeg: seek to the timestamp and write a single frame
    subprocess.run(
        ["ffmpeg", "-y", "-ss", str(second), "-i", src, "-frames:v", "1", out],
        capture_output=True,
    )

    if not os.path.exists(out):
        return jsonify({"error": "thumbnail could not be created"}), 500
    return jsonify({"thumbnail": os.path.basename(out)})
