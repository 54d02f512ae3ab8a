"""Add computed columns to CSV rows from formulas typed in the dashboard."""
import ast
import csv
import operator
from typing import Callable, Dict, Iterable, List, Sequence

_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _evaluate(node: ast.AST, row: Dict[str, float]) -> float:
    """Evaluate a parsed formula: numbers, column names and + - * / only."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in row:
        return row[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_evaluate(node.left, row), _evaluate(node.right, row))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_evaluate(node.operand, row)
    raise ValueError("formulas may only use numbers, column names and + - * /")


def compile_formula(formula: str, columns: Sequence[str]) -> Callable[..., float]:
    """Turn a formula like "price * quantity - discount" into a function.

    The returned function takes the row's columns as keyword arguments, so the
    formula can use column names directly.
    """
    # Parse once so the formula can be applied to every row quickly
    tree = ast.parse(formula, mode="eval")
    return lambda **row: _evaluate(tree.body, {k: v for k, v in row.items() if k in columns})


def add_computed_column(rows: Iterable[Dict[str, str]], name: str, formula: str) -> List[Dict[str, str]]:
    rows = list(rows)
    if not rows:
        return []
    columns = [c for c in rows[0] if c.isidentifier()]
    fn = compile_formula(formula, columns)
    output = []
    for row in rows:
        values = {c: float(row[c] or 0) for c in columns}
        row = dict(row)
        row[name] = str(fn(**values))
        output.append(row)
    return output


if __name__ == "__main__":
    with open("orders.csv", newline="") as fh:
        data = list(csv.DictReader(fh))
    for r in add_computed_column(data, "net", "price * quantity - discount")[:5]:
        print(r)
