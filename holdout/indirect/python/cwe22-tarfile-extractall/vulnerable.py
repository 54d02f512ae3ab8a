import tarfile
import tempfile
from pathlib import Path


def import_dataset(upload: Path) -> Path:
    """Unpack a dataset archive a user uploaded and return the directory."""
    target = Path(tempfile.mkdtemp(prefix="dataset-"))
    with tarfile.open(upload, "r:*") as archive:
        archive.extractall(target)
    return target
