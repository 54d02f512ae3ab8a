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
