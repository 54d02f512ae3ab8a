"""Parses release tags pushed to the artifact registry (e.g. ``v1.4.2-rc.1+build.77``)."""
import logging
import re
from dataclasses import dataclass
from typing import Optional, Tuple

log = logging.getLogger(__name__)

TAG = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z.-]+))?$")


@dataclass(frozen=True, order=True)
class Release:
    major: int
    minor: int
    patch: int
    pre: Tuple[str, ...] = ()
    build: Optional[str] = None

    @property
    def is_prerelease(self) -> bool:
        return bool(self.pre)


def parse_tag(tag: str) -> Optional[Release]:
    """Tags come from the webhook payload of the registry."""
    m = TAG.match(tag.strip())
    if not m:
        log.debug("ignoring tag %r", tag)
        return None
    major, minor, patch, pre, build = m.groups()
    return Release(int(major), int(minor), int(patch), tuple(pre.split(".")) if pre else (), build)


def latest(tags) -> Optional[Release]:
    releases = [r for r in map(parse_tag, tags) if r and not r.is_prerelease]
    return max(releases, default=None)


def on_push(payload: dict, notify) -> None:
    release = parse_tag(payload.get("tag", ""))
    if release is None:
        return
    if release.is_prerelease:
        log.info("pre-release %s pushed", payload["tag"])
        return
    notify(f"released {release.major}.{release.minor}.{release.patch}")
