"""Fetches and unpacks versioned training datasets into the local cache."""
import hashlib
import logging
import os
import shutil
import tarfile
import urllib.request

logger = logging.getLogger(__name__)
CACHE = os.path.expanduser("~/.cache/trainkit/datasets")
CHUNK = 1 << 20


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def download(url: str, dest: str) -> str:
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with urllib.request.urlopen(url, timeout=60) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out, CHUNK)
    return dest


def unpack(archive: str, dest: str) -> list[str]:
    """Extract a .tar.gz dataset archive into dest and return the member names."""
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        members = tar.getmembers()
        root = os.path.realpath(dest)
        for member in members:
            out = os.path.realpath(os.path.join(root, member.name))
            if os.path.commonpath([root, out]) != root or member.issym() or member.islnk():
                raise ValueError(f"refusing archive member {member.name!r}")
            tar.extract(member, dest)
    return [m.name for m in members]


def fetch_dataset(name: str, version: str, url: str, sha256: str = "") -> str:
    target = os.path.join(CACHE, name, version)
    if os.path.isdir(target):
        logger.debug("dataset %s@%s cached", name, version)
        return target
    archive = download(url, os.path.join(CACHE, "downloads", f"{name}-{version}.tar.gz"))
    if sha256 and _sha256(archive) != sha256:
        raise ValueError(f"checksum mismatch for {name}@{version}")
    files = unpack(archive, target)
    logger.info("unpacked %d files for %s@%s", len(files), name, version)
    return target
