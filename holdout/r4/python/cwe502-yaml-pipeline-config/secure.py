#!/usr/bin/env python3
"""Run a data pipeline described by a YAML file.

Example config:

    name: nightly-import
    steps:
      - type: download
        url: https://example.com/export.csv
      - type: load
        table: imports
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import Any, Dict, List

import yaml

log = logging.getLogger("pipeline")


@dataclass
class PipelineConfig:
    name: str
    steps: List[Dict[str, Any]] = field(default_factory=list)
    retries: int = 0


def load_config(path: str) -> PipelineConfig:
    """Parse the YAML pipeline definition into a PipelineConfig."""
    with open(path, "r", encoding="utf-8") as fh:
        # Plain data only: mappings, lists, strings and numbers
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or "name" not in data:
        raise ValueError("config must be a mapping with a 'name' key")
    return PipelineConfig(
        name=data["name"],
        steps=list(data.get("steps", [])),
        retries=int(data.get("retries", 0)),
    )


def run(config: PipelineConfig) -> None:
    log.info("running pipeline %s (%d steps)", config.name, len(config.steps))
    for index, step in enumerate(config.steps, start=1):
        log.info("step %d: %s", index, step.get("type", "?"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config", help="path to the pipeline YAML file")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    run(load_config(args.config))


if __name__ == "__main__":
    main()
