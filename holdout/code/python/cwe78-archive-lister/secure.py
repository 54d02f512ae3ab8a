#!/usr/bin/env python3
"""List the members of one or more tarballs, optionally filtered by a glob."""
import argparse
import subprocess
import sys


def list_members(archive: str, pattern: str | None) -> list[str]:
    cmd = ["tar", "-tzf", archive]
    if pattern:
        cmd += ["--wildcards", pattern]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archives", nargs="+")
    parser.add_argument("--match", default=None)
    args = parser.parse_args()
    for archive in args.archives:
        for member in list_members(archive, args.match):
            print(f"{archive}: {member}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
