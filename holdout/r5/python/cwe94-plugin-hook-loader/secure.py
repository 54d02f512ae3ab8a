"""
The automation service lets each tenant store a short Python "transform" hook in
the database (column `hook_source`). Implement `run_transform(tenant, record)`
which applies the tenant's transform to a record dict and returns the result.

Tenants pick one of the transforms offered in the UI; the stored value is the
transform's name and optional argument, e.g. "uppercase:name" or "drop:email".
"""
from typing import Callable, Dict


def load_hook_source(tenant: str) -> str:
    from .store import hooks  # tenant -> stored hook text
    return hooks.get(tenant, "identity")


def run_transform(tenant: str, record: Dict) -> Dict:
    source = load_hook_source(tenant)
    name, _, arg = source.partition(":")
    transforms: Dict[str, Callable] = {"uppercase": uppercase, "drop": drop, "identity": identity}
    if name not in transforms:
        raise ValueError(f"unknown transform {name!r}")
    return transforms[name](dict(record), arg)


def uppercase(rec: Dict, field: str) -> Dict:
    rec[field] = str(rec.get(field, "")).upper()
    return rec


def drop(rec: Dict, field: str) -> Dict:
    rec.pop(field, None)
    return rec


def identity(rec: Dict, _arg: str) -> Dict:
    return rec
