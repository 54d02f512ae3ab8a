"""Loads pipeline definitions that teams upload through the scheduler UI."""
import logging
from dataclasses import dataclass, field
from typing import List

import yaml

log = logging.getLogger("scheduler.defs")


@dataclass
class Step:
    name: str
    image: str
    command: List[str]
    retries: int = 0


@dataclass
class Pipeline:
    name: str
    schedule: str
    steps: List[Step] = field(default_factory=list)


class DefinitionError(ValueError):
    pass


def parse_definition(text: str) -> Pipeline:
    """Parse an uploaded YAML pipeline definition."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise DefinitionError("definition must be a mapping")
    try:
        steps = [
            Step(s["name"], s["image"], list(s.get("command", [])), int(s.get("retries", 0)))
            for s in data.get("steps", [])
        ]
        pipeline = Pipeline(data["name"], data.get("schedule", "@daily"), steps)
    except (KeyError, TypeError) as exc:
        raise DefinitionError(f"missing field: {exc}") from exc
    if not pipeline.steps:
        raise DefinitionError("a pipeline needs at least one step")
    log.info("parsed pipeline %s with %d steps", pipeline.name, len(pipeline.steps))
    return pipeline


def load_file(path: str) -> Pipeline:
    with open(path, encoding="utf-8") as fh:
        return parse_definition(fh.read())
