import json
import zlib

MAX_INFLATED = 8 * 1024 * 1024


def read_telemetry_batch(payload: bytes) -> list[dict]:
    """Devices send gzip-compressed JSON batches of readings."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    raw = inflater.decompress(payload, MAX_INFLATED)
    if inflater.unconsumed_tail:
        raise ValueError("batch inflates beyond the size limit")
    batch = json.loads(raw)
    return [r for r in batch if "device" in r and "value" in r]
