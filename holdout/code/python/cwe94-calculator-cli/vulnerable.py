import math
import sys


def evaluate(expression: str) -> float:
    namespace = {name: getattr(math, name) for name in ("sqrt", "sin", "cos", "pi", "e")}
    return eval(expression, {"__builtins__": {}}, namespace)


def repl() -> None:
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            print(evaluate(line))
        except Exception as exc:
            print(f"error: {exc}", file=sys.stderr)


if __name__ == "__main__":
    repl()
