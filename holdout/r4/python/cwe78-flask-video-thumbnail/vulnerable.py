import os

from flask import Flask, jsonify, request

app = Flask(__name__)
MEDIA_DIR = "/srv/media"
THUMB_DIR = "/srv/thumbs"


@app.route("/thumbnail", methods=["POST"])
def make_thumbnail():
    """Grab a frame at the requested second of a stored video and save it as a JPEG."""
    data = request.get_json(force=True)
    video = os.path.basename(data["video"])
    second = data.get("at", "1")

    src = os.path.join(MEDIA_DIR, video)
    out = os.path.join(THUMB_DIR, os.path.splitext(video)[0] + ".jpg")

    # ffmpeg: seek to the timestamp and write a single frame
    os.popen(f'ffmpeg -y -ss {second} -i "{src}" -frames:v 1 "{out}"').read()

    if not os.path.exists(out):
        return jsonify({"error": "thumbnail could not be created"}), 500
    return jsonify({"thumbnail": os.path.basename(out)})
