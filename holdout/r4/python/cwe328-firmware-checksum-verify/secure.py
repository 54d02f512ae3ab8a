import hashlib
import hmac
from pathlib import Path


def file_digest(path: Path, chunk_size: int = 1 << 16) -> str:
    """Hash a file in chunks so large firmware images do not have to fit in memory."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_firmware(image: Path, expected_digest: str) -> bool:
    """Check a downloaded firmware image against the digest published in the release manifest."""
    actual = file_digest(image)
    return hmac.compare_digest(actual, expected_digest.lower())


if __name__ == "__main__":
    import sys

    ok = verify_firmware(Path(sys.argv[1]), sys.argv[2])
    print("checksum OK" if ok else "checksum MISMATCH")
    sys.exit(0 if ok else 1)
