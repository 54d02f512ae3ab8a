import gzip
import json


def read_telemetry_batch(payload: bytes) -> list[dict]:
    """Devices send gzip-compressed JSON batches of readings."""
    raw = gzip.decompress(payload)
    batch = json.loads(raw)
    return [r for r in batch if "device" in r and "value" in r]
