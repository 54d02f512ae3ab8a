"""Serve files that users previously uploaded to the shared folder."""
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
UPLOAD_FOLDER = os.path.abspath("shared_files")


@app.route("/download")
def download():
    """Download a file by name: /download?file=report.pdf"""
    filename = request.args.get("file")
    if not filename:
        abort(400, description="missing 'file' parameter")

    # Build the full path inside the upload folder
    path = os.path.realpath(os.path.join(UPLOAD_FOLDER, filename))
    if os.path.commonpath([path, UPLOAD_FOLDER]) != UPLOAD_FOLDER:
        abort(404)

    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


@app.route("/files")
def list_files():
    """List the files that can be downloaded."""
    names = sorted(
        name for name in os.listdir(UPLOAD_FOLDER)
        if os.path.isfile(os.path.join(UPLOAD_FOLDER, name))
    )
    return {"files": names}


if __name__ == "__main__":
    os.makedirs(UPLOAD_FOLDER, exist_ok=True)
    app.run(host="127.0.0.1", port=8000)
