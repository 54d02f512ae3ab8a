"""Generates small transform functions for the feature store from their YAML definitions.

Feature definitions are contributed by users of the self-service portal, e.g.::

    name: basket_ratio
    inputs: [basket_value, visits]
    expression: basket_value / max(visits, 1)
"""
import keyword
import logging
import re

import yaml

log = logging.getLogger("featurestore.codegen")
IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
TEMPLATE = "def {name}({args}):\n    return {expression}\n"


def _check_identifier(value: str) -> str:
    if not IDENT.match(value) or keyword.iskeyword(value):
        raise ValueError(f"bad identifier {value!r}")
    return value


def build_transform(spec: dict):
    name = _check_identifier(spec["name"])
    args = ", ".join(_check_identifier(a) for a in spec.get("inputs", []))
    expression = str(spec["expression"])
    source = TEMPLATE.format(name=name, args=args, expression=expression)
    namespace: dict = {"max": max, "min": min, "abs": abs}
    exec(compile(source, f"<feature {name}>", "exec"), namespace)
    log.info("compiled feature %s", name)
    return namespace[name]


def load_features(path: str) -> dict:
    with open(path) as fh:
        specs = yaml.safe_load(fh) or []
    return {spec["name"]: build_transform(spec) for spec in specs}


def compute(features: dict, record: dict) -> dict:
    out = {}
    for name, fn in features.items():
        params = fn.__code__.co_varnames[: fn.__code__.co_argcount]
        out[name] = fn(*(record.get(p) for p in params))
    return out
