#!/usr/bin/env python3
"""Resize every image in a folder with ImageMagick.

Example:
    python resize_all.py ~/Pictures/trip --width 1600 --suffix _web
"""
import argparse
import subprocess
import sys
from pathlib import Path

IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"}


def find_images(folder: Path) -> list[Path]:
    """Return the image files directly inside `folder`, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_EXTENSIONS)


def resize_image(src: Path, width: int, suffix: str) -> Path:
    """Write a resized copy of `src` next to it and return the new path."""
    dst = src.with_name(f"{src.stem}{suffix}{src.suffix}")
    # "1600x>" only shrinks images wider than 1600 px and keeps the aspect ratio
    cmd = ["convert", str(src), "-resize", f"{width}x>", "-quality", "85", str(dst)]
    subprocess.run(cmd, check=True)
    return dst


def main() -> int:
    parser = argparse.ArgumentParser(description="Resize all images in a folder")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--suffix", default="_small")
    args = parser.parse_args()

    if not args.folder.is_dir():
        print(f"{args.folder} is not a directory", file=sys.stderr)
        return 1

    images = [p for p in find_images(args.folder) if not p.stem.endswith(args.suffix)]
    failures = 0
    for index, image in enumerate(images, start=1):
        try:
            out = resize_image(image, args.width, args.suffix)
            print(f"[{index}/{len(images)}] {image.name} -> {out.name}")
        except subprocess.CalledProcessError:
            failures += 1
            print(f"[{index}/{len(images)}] failed: {image.name}", file=sys.stderr)
    print(f"done: {len(images) - failures} resized, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
