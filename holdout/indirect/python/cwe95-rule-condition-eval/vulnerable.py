from dataclasses import dataclass


@dataclass
class AlertRule:
    name: str
    condition: str  # typed by users in the dashboard, e.g. "cpu > 90 and host == 'db1'"


def firing(rules: list[AlertRule], metrics: dict[str, float | str]) -> list[str]:
    fired = []
    for rule in rules:
        if eval(rule.condition, {"__builtins__": {}}, dict(metrics)):
            fired.append(rule.name)
    return fired
