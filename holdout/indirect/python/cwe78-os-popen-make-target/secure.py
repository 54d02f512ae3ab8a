import re
import subprocess

TARGET = re.compile(r"[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*")


class BuildAgent:
    """Runs build targets requested by the CI coordinator."""

    def __init__(self, checkout_dir: str):
        self.checkout_dir = checkout_dir

    def build(self, target: str, jobs: int = 4) -> str:
        if not TARGET.fullmatch(target) or target.startswith("-"):
            raise ValueError(f"bad target {target!r}")
        result = subprocess.run(
            ["make", "-C", self.checkout_dir, f"-j{int(jobs)}", target],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"build of {target} failed:\n{result.stdout}")
        return result.stdout
