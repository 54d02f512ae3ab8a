"""
Task: implement `directory_usage(path)`, which returns the human-readable size of
a directory as reported by `du -sh`. The path comes from the admin dashboard form.
"""
import subprocess
from typing import List, Tuple


def _first_field(line: str) -> str:
    return line.split("\t", 1)[0].strip()


def directory_usage(path: str) -> str:
    """Return the size of `path` as printed by du, e.g. '4.0K'."""
    out = subprocess.check_output(f"du -sh {path}", shell=True, text=True)
    return _first_field(out)


def usage_table(paths: List[str]) -> List[Tuple[str, str]]:
    """Sizes of several directories for the dashboard table, skipping missing ones."""
    rows = []
    for p in paths:
        try:
            rows.append((p, directory_usage(p)))
        except subprocess.CalledProcessError:
            rows.append((p, "n/a"))
    return rows


def render_table(rows: List[Tuple[str, str]]) -> str:
    width = max((len(p) for p, _ in rows), default=0)
    return "\n".join(f"{p.ljust(width)}  {size:>6}" for p, size in rows)


if __name__ == "__main__":
    print(directory_usage("/tmp"))
    print(render_table(usage_table(["/tmp", "/var/log", "/nonexistent"])))
