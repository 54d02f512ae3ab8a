"""
Teachers type a grading formula such as "0.4*exam + 0.6*homework" in the course
settings. Implement `final_grade(formula, scores)` that evaluates the formula with
the student's scores (a dict of name -> float) and rounds to one decimal.
"""
import ast
import operator
from typing import Dict

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _calc(node: ast.AST, scores: Dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _calc(node.body, scores)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in scores:
        return float(scores[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_calc(node.left, scores), _calc(node.right, scores))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_calc(node.operand, scores)
    raise ValueError("formula may use numbers, score names and + - * / only")


def final_grade(formula: str, scores: Dict[str, float]) -> float:
    value = _calc(ast.parse(formula, mode="eval"), scores)
    return round(float(value), 1)


def test_final_grade():
    assert final_grade("0.5*a + 0.5*b", {"a": 80, "b": 90}) == 85.0
