"""Add computed columns to CSV rows from formulas typed in the dashboard."""
import csv
from typing import Callable, Dict, Iterable, List, Sequence


def compile_formula(formula: str, columns: Sequence[str]) -> Callable[..., float]:
    """Turn a formula like "price * quantity - discount" into a function.

    The generated function takes the row's columns as keyword arguments, so the
    formula can use column names directly.
    """
    source = f"def _formula({', '.join(columns)}):\n    return {formula}\n"
    namespace: dict = {}
    # Build the function once so it can be applied to every row quickly
    exec(source, namespace)
    return namespace["_formula"]


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
