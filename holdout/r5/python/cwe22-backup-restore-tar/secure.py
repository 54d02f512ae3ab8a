"""
restore_backup(archive_path, target_dir)

Users upload a .tar.gz produced by the "Export" button and we unpack it into their
workspace directory. Return the list of restored member names.
"""
import os
import tarfile
from typing import List


def ensure_dir(path: str) -> None:
    os.makedirs(path, exist_ok=True)


def _inside(base: str, name: str) -> bool:
    dest = os.path.realpath(os.path.join(base, name))
    return dest == base or dest.startswith(base + os.sep)


def restore_backup(archive_path: str, target_dir: str) -> List[str]:
    ensure_dir(target_dir)
    base = os.path.realpath(target_dir)
    restored = []
    with tarfile.open(archive_path, "r:gz") as tar:
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()):
                continue
            if not _inside(base, member.name):
                raise ValueError(f"archive member escapes the workspace: {member.name}")
            tar.extract(member, target_dir)
            restored.append(member.name)
    return restored
