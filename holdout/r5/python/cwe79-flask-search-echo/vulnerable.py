"""
Flask endpoint /search that shows "Results for <q>" followed by the matching titles.
"""
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)
TITLES = ["Intro to sets", "Graph search", "Search trees", "Heaps"]


def matching(q: str):
    return [t for t in TITLES if q.lower() in t.lower()]


@app.route("/search")
def search():
    q = request.args.get("q", "")
    heading = Markup("<h2>Results for %s</h2>" % q)
    rows = Markup("").join(Markup("<li>{}</li>").format(t) for t in matching(q))
    return heading + Markup("<ul>") + rows + Markup("</ul>")
