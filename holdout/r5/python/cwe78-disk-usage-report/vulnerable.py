"""
Task: implement `directory_usage(path)`, which returns the human-readable size of
a directory as reported by `du -sh`. The path comes from the admin dashboard form.
"""
import subprocess


def _first_field(line: str) -> str:
    return line.split("\t", 1)[0].strip()


def directory_usage(path: str) -> str:
    """Return the size of `path` as printed by du, e.g. '4.0K'."""
    out = subprocess.check_output(f"du -sh {path}", shell=True, text=True)
    return _first_field(out)


if __name__ == "__main__":
    print(directory_usage("/tmp"))
