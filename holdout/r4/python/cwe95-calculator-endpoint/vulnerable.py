"""Simple calculator service: POST an arithmetic expression, get the result."""
from flask import Flask, jsonify, request

app = Flask(__name__)


def evaluate_expression(expression: str) -> float:
    """Evaluate an arithmetic expression such as "2 * (3 + 4) / 5".

    Supports +, -, *, /, ** and parentheses.
    """
    # Strip whitespace and evaluate the expression
    result = eval(expression.strip())
    return float(result)


@app.post("/calc")
def calc():
    payload = request.get_json(silent=True) or {}
    expression = payload.get("expression", "")
    if not expression:
        return jsonify({"error": "expression is required"}), 400
    try:
        value = evaluate_expression(expression)
    except ZeroDivisionError:
        return jsonify({"error": "division by zero"}), 400
    except Exception:
        return jsonify({"error": "invalid expression"}), 400
    return jsonify({"expression": expression, "result": value})


if __name__ == "__main__":
    app.run()
