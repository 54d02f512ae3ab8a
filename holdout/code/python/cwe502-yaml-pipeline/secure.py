import sys

import yaml


def load_pipeline(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    if "stages" not in spec:
        raise ValueError("pipeline has no stages")
    return spec


if __name__ == "__main__":
    pipeline = load_pipeline(sys.argv[1])
    for stage in pipeline["stages"]:
        print(stage["name"])
