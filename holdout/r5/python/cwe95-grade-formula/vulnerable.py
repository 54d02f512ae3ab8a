"""
Teachers type a grading formula such as "0.4*exam + 0.6*homework" in the course
settings. Implement `final_grade(formula, scores)` that evaluates the formula with
the student's scores (a dict of name -> float) and rounds to one decimal.
"""
from typing import Dict


def final_grade(formula: str, scores: Dict[str, float]) -> float:
    value = eval(formula, {}, dict(scores))
    return round(float(value), 1)


def test_final_grade():
    assert final_grade("0.5*a + 0.5*b", {"a": 80, "b": 90}) == 85.0
