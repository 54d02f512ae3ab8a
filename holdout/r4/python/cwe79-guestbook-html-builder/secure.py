"""A tiny guestbook: visitors leave a name and a message, everyone sees the list."""
from datetime import datetime
from html import escape

from flask import Flask, redirect, request, url_for

app = Flask(__name__)
entries: list[dict] = []

PAGE_TEMPLATE = """<!doctype html>
<html>
<head><title>Guestbook</title></head>
<body>
  <h1>Guestbook</h1>
  <form method="post" action="/sign">
    <input name="name" placeholder="Your name">
    <textarea name="message" placeholder="Say hi"></textarea>
    <button type="submit">Sign</button>
  </form>
  <ul>
{items}
  </ul>
</body>
</html>"""


def render_entry(entry: dict) -> str:
    """Render a single guestbook entry as a list item."""
    when = entry["time"].strftime("%Y-%m-%d %H:%M")
    return f"    <li><b>{escape(entry['name'])}</b> ({when}): {escape(entry['message'])}</li>"


@app.get("/")
def index():
    items = "\n".join(render_entry(e) for e in reversed(entries))
    return PAGE_TEMPLATE.format(items=items)


@app.post("/sign")
def sign():
    name = request.form.get("name", "").strip() or "Anonymous"
    message = request.form.get("message", "").strip()
    if message:
        entries.append({"name": name[:50], "message": message[:500], "time": datetime.now()})
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run(debug=False)
