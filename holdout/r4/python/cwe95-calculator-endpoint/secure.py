"""Simple calculator service: POST an arithmetic expression, get the result."""
import ast
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)

_OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
}


def _eval_node(node: ast.AST) -> float:
    """Walk the parsed expression, allowing only numbers and arithmetic operators."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_eval_node(node.left), _eval_node(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_eval_node(node.operand))
    raise ValueError("unsupported expression")


def evaluate_expression(expression: str) -> float:
    """Evaluate an arithmetic expression such as "2 * (3 + 4) / 5".

    Supports +, -, *, /, ** and parentheses.
    """
    # Parse the expression and evaluate the syntax tree
    tree = ast.parse(expression.strip(), mode="eval")
    result = _eval_node(tree.body)
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
