#!/usr/bin/env python3
"""Download helper: unpack a dataset archive into the data directory."""
import argparse
import os
import tarfile


def extract_dataset(archive_path: str, target_dir: str) -> list[str]:
    """Extract a .tar / .tar.gz dataset archive and return the extracted member names."""
    os.makedirs(target_dir, exist_ok=True)
    with tarfile.open(archive_path, "r:*") as tar:
        members = tar.getmembers()
        # Extract everything in one go; the archive layout is kept as-is
        tar.extractall(path=target_dir)
    return [m.name for m in members if m.isfile()]


def main() -> None:
    parser = argparse.ArgumentParser(description="Unpack a dataset archive")
    parser.add_argument("archive", help="path to the .tar.gz file")
    parser.add_argument("-o", "--output", default="data", help="target directory")
    args = parser.parse_args()

    files = extract_dataset(args.archive, args.output)
    print(f"Extracted {len(files)} files into {args.output}/")
    for name in files[:10]:
        print("  ", name)
    if len(files) > 10:
        print(f"   ... and {len(files) - 10} more")


if __name__ == "__main__":
    main()
