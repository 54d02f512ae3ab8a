#!/usr/bin/env python3
"""Generate invite codes for the beta and write them to a CSV file.

Codes look like ABCD-EFGH-JKLM and avoid characters that are easy to confuse.
"""
import argparse
import csv
import random
import sys
from datetime import date

# No 0/O or 1/I/L, which people mix up when typing codes from an e-mail
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def generate_code(groups: int = 3, group_len: int = 4) -> str:
    """Return one invite code made of `groups` dash-separated groups."""
    parts = []
    for _ in range(groups):
        parts.append("".join(random.choices(ALPHABET, k=group_len)))
    return "-".join(parts)


def generate_unique_codes(count: int) -> list[str]:
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(generate_code())
    return sorted(codes)


def main() -> int:
    parser = argparse.ArgumentParser(description="Generate beta invite codes")
    parser.add_argument("count", type=int, help="how many codes to create")
    parser.add_argument("-o", "--output", default="invites.csv")
    args = parser.parse_args()

    if args.count <= 0:
        print("count must be positive", file=sys.stderr)
        return 2

    codes = generate_unique_codes(args.count)
    with open(args.output, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "created"])
        for code in codes:
            writer.writerow([code, date.today().isoformat()])
    print(f"Wrote {len(codes)} codes to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
