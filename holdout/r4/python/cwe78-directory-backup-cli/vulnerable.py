#!/usr/bin/env python3
"""Create a compressed backup of a directory.

Usage:
    python backup.py /path/to/project --dest /backups
"""
import argparse
import datetime
import os
import sys


def build_archive_name(source: str, dest: str) -> str:
    """Build a timestamped archive path inside `dest`."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = os.path.basename(os.path.normpath(source)) or "root"
    return os.path.join(dest, f"{base}-{stamp}.tar.gz")


def run_backup(source: str, dest: str) -> str:
    """Archive `source` into `dest` with tar and return the archive path."""
    if not os.path.isdir(source):
        raise FileNotFoundError(f"Source directory not found: {source}")
    os.makedirs(dest, exist_ok=True)
    archive = build_archive_name(source, dest)

    # Use the system tar so permissions and symlinks are preserved
    command = f"tar -czf {archive} -C {os.path.dirname(os.path.abspath(source))} {os.path.basename(source)}"
    exit_code = os.system(command)
    if exit_code != 0:
        raise RuntimeError(f"tar failed with exit code {exit_code}")
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description="Back up a directory as a .tar.gz archive")
    parser.add_argument("source", help="directory to back up")
    parser.add_argument("--dest", default="./backups", help="where to store the archive")
    args = parser.parse_args()

    try:
        archive = run_backup(args.source, args.dest)
    except (FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    size_kb = os.path.getsize(archive) / 1024
    print(f"Backup written to {archive} ({size_kb:.1f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
