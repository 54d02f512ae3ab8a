"""
Feature flags are read from flags.json and reloaded when the file changes.
`is_enabled(name)` must keep answering even when a reload fails; a broken edit
of the file should never switch every feature on.
"""
import json
import logging
import os
from typing import Dict

log = logging.getLogger("flags")
FLAGS_PATH = os.environ.get("FLAGS_PATH", "flags.json")
_state: Dict[str, object] = {"mtime": 0.0, "flags": {}}


def _reload() -> None:
    mtime = os.path.getmtime(FLAGS_PATH)
    if mtime == _state["mtime"]:
        return
    try:
        with open(FLAGS_PATH, encoding="utf-8") as fh:
            loaded = json.load(fh)
        if not isinstance(loaded, dict):
            raise ValueError("flags file must hold an object")
    except (OSError, ValueError) as exc:
        log.error("keeping previous flags, reload failed: %s", exc)
        return
    _state["flags"] = loaded
    _state["mtime"] = mtime


def is_enabled(name: str) -> bool:
    _reload()
    flags = _state["flags"]
    return bool(flags.get(name, False))
