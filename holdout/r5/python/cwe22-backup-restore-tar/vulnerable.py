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


def restore_backup(archive_path: str, target_dir: str) -> List[str]:
    ensure_dir(target_dir)
    restored = []
    with tarfile.open(archive_path, "r:gz") as tar:
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()):
                continue
            tar.extract(member, target_dir)
            restored.append(member.name)
    return restored
