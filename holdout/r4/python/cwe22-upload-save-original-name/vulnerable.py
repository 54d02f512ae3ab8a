import os

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["UPLOAD_DIR"] = "/srv/app/uploads"
ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif"}


@app.post("/avatar")
def upload_avatar():
    """Accept an image upload and store it under its original file name."""
    file = request.files.get("image")
    if file is None or file.filename == "":
        return jsonify({"error": "no file uploaded"}), 400

    ext = os.path.splitext(file.filename)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        return jsonify({"error": "unsupported file type"}), 400

    destination = os.path.join(app.config["UPLOAD_DIR"], file.filename)
    file.save(destination)
    return jsonify({"stored": file.filename}), 201
