from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    """Greet the visitor by the name given in the query string.

    Example: GET /hello?name=Ada  ->  <h1>Hello, Ada!</h1>
    """
    name = escape(request.args.get("name", "stranger"))
    return f"<html><body><h1>Hello, {name}!</h1></body></html>"


if __name__ == "__main__":
    app.run(port=5000)
