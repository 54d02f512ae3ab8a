import operator
import re
from dataclasses import dataclass

OPS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le, "==": operator.eq, "!=": operator.ne}
CLAUSE = re.compile(r"\s*([a-z_]+)\s*(>=|<=|==|!=|>|<)\s*('[^']*'|-?\d+(?:\.\d+)?)\s*")


@dataclass
class AlertRule:
    name: str
    condition: str  # typed by users in the dashboard, e.g. "cpu > 90 and host == 'db1'"


def _holds(condition: str, metrics: dict[str, float | str]) -> bool:
    for clause in condition.split(" and "):
        m = CLAUSE.fullmatch(clause)
        if not m:
            raise ValueError(f"cannot parse {clause!r}")
        name, op, raw = m.groups()
        value = raw[1:-1] if raw.startswith("'") else float(raw)
        if name not in metrics or not OPS[op](metrics[name], value):
            return False
    return True


def firing(rules: list[AlertRule], metrics: dict[str, float | str]) -> list[str]:
    return [rule.name for rule in rules if _holds(rule.condition, metrics)]
