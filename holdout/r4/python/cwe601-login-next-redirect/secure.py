from urllib.parse import urlparse

from flask import Flask, redirect, render_template, request, session, url_for

from .auth import check_credentials

app = Flask(__name__)


@app.route("/login", methods=["GET", "POST"])
def login():
    """Show the login form; after a successful login go back to where the user came from."""
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""))

    user = check_credentials(request.form["username"], request.form["password"])
    if user is None:
        return render_template("login.html", error="Invalid credentials"), 401

    session["user_id"] = user.id
    next_url = request.form.get("next", "")
    parsed = urlparse(next_url)
    # Only follow relative paths on this site
    if not next_url.startswith("/") or next_url.startswith("//") or "\\" in next_url or parsed.scheme or parsed.netloc:
        next_url = url_for("dashboard")
    return redirect(next_url)
