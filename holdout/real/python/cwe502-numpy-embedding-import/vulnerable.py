"""Import embeddings that partner teams upload as .npz bundles."""
import logging
import os
from typing import Dict, Tuple

import numpy as np

log = logging.getLogger(__name__)
EXPECTED_DIM = 384
UPLOAD_DIR = "/data/uploads/embeddings"


class BundleError(ValueError):
    pass


def _validate(vectors: np.ndarray, ids: np.ndarray) -> None:
    if vectors.ndim != 2 or vectors.shape[1] != EXPECTED_DIM:
        raise BundleError(f"expected (n, {EXPECTED_DIM}) vectors, got {vectors.shape}")
    if len(ids) != len(vectors):
        raise BundleError("ids and vectors differ in length")


def read_bundle(path: str) -> Tuple[np.ndarray, np.ndarray]:
    """Read the ``vectors`` and ``ids`` arrays from an uploaded bundle."""
    with np.load(path, allow_pickle=True) as bundle:
        try:
            vectors = bundle["vectors"].astype(np.float32)
            ids = bundle["ids"]
        except KeyError as exc:
            raise BundleError(f"bundle lacks {exc}") from exc
    _validate(vectors, ids)
    return vectors, ids


def normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def import_all(upload_dir: str = UPLOAD_DIR) -> Dict[str, np.ndarray]:
    index = {}
    for name in sorted(os.listdir(upload_dir)):
        if not name.endswith(".npz"):
            continue
        try:
            vectors, ids = read_bundle(os.path.join(upload_dir, name))
        except BundleError as exc:
            log.warning("skipping %s: %s", name, exc)
            continue
        for key, vec in zip(ids.tolist(), normalise(vectors)):
            index[str(key)] = vec
    log.info("imported %d vectors", len(index))
    return index
