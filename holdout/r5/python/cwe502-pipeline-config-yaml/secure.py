"""
CI runner: read the pipeline definition `.ci.yml` that ships inside the pushed
repository and return the list of step names in order.
"""
from pathlib import Path
from typing import List

import yaml


def read_pipeline(repo_dir: str) -> dict:
    text = Path(repo_dir, ".ci.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=yaml.SafeLoader) or {}


def step_names(repo_dir: str) -> List[str]:
    pipeline = read_pipeline(repo_dir)
    return [str(step.get("name", f"step-{i}")) for i, step in enumerate(pipeline.get("steps", []))]


def validate_pipeline(pipeline: dict) -> List[str]:
    """Problems a user should fix before the pipeline can run."""
    problems = []
    steps = pipeline.get("steps")
    if not isinstance(steps, list) or not steps:
        return ["pipeline has no steps"]
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            problems.append(f"step {i} is not a mapping")
        elif "run" not in step:
            problems.append(f"step {step.get('name', i)} has nothing to run")
    return problems


if __name__ == "__main__":
    import sys
    repo = sys.argv[1] if len(sys.argv) > 1 else "."
    print(validate_pipeline(read_pipeline(repo)) or step_names(repo))
