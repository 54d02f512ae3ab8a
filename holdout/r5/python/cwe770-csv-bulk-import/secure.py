"""
Bulk contact import.

POST /contacts/import with a CSV file (name,email,phone). Parse it and insert every
row. Implement `parse_contacts(stream)` and the Flask view.
"""
import csv
import io
from typing import Dict, List

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
MAX_ROWS = 5000


def parse_contacts(stream) -> List[Dict[str, str]]:
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    rows = []
    for row in csv.DictReader(text):
        if len(rows) >= MAX_ROWS:
            raise ValueError(f"at most {MAX_ROWS} contacts per import")
        rows.append({k: (row.get(k) or "").strip() for k in ("name", "email", "phone")})
    return rows


@app.post("/contacts/import")
def import_contacts():
    upload = request.files["file"]
    contacts = parse_contacts(upload.stream)
    from .db import insert_contacts
    insert_contacts(contacts)
    return jsonify({"imported": len(contacts)})
