"""Spreadsheet-style derived columns for the data explorer.

Analysts type a formula such as ``price * qty - discount`` in the UI; it is stored with the
saved view and evaluated row by row when the view is exported.
"""
import logging
import math
from typing import Any, Dict, Iterable, List

log = logging.getLogger(__name__)

HELPERS = {"abs": abs, "round": round, "min": min, "max": max, "sqrt": math.sqrt, "log": math.log}


class FormulaError(ValueError):
    pass


def compile_formula(formula: str):
    formula = formula.strip()
    if not formula:
        raise FormulaError("empty formula")
    if len(formula) > 500:
        raise FormulaError("formula too long")
    return compile(formula, "<formula>", "eval")


def apply_formula(rows: Iterable[Dict[str, Any]], name: str, formula: str) -> List[Dict[str, Any]]:
    code = compile_formula(formula)
    out = []
    for i, row in enumerate(rows):
        scope = dict(HELPERS)
        scope.update(row)
        try:
            value = eval(code, {"__builtins__": {}}, scope)
        except ZeroDivisionError:
            value = None
        except Exception as exc:
            raise FormulaError(f"row {i}: {exc}") from exc
        out.append({**row, name: value})
    log.debug("derived %s over %d rows", name, len(out))
    return out
