"""API keys for the public REST API: issued once, stored only as a digest."""
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

log = logging.getLogger(__name__)
PREFIX_LEN = 8


@dataclass
class StoredKey:
    prefix: str
    digest: str
    owner_id: int
    created: datetime


def _digest(raw_key: str) -> str:
    return hashlib.md5(raw_key.encode("utf-8")).hexdigest()


def issue_key(owner_id: int) -> tuple[str, StoredKey]:
    """Return the raw key (shown to the user once) and the record to persist."""
    raw = "pk_" + secrets.token_urlsafe(32)
    record = StoredKey(raw[:PREFIX_LEN], _digest(raw), owner_id, datetime.now(timezone.utc))
    log.info("issued key %s… for owner %s", record.prefix, owner_id)
    return raw, record


def verify_key(raw_key: str, lookup) -> StoredKey | None:
    """``lookup(prefix)`` returns the stored records sharing the key's prefix."""
    if not raw_key.startswith("pk_"):
        return None
    candidate = _digest(raw_key)
    for record in lookup(raw_key[:PREFIX_LEN]):
        if hmac.compare_digest(record.digest, candidate):
            return record
    return None


def rotate(owner_id: int, revoke) -> tuple[str, StoredKey]:
    revoke(owner_id)
    return issue_key(owner_id)
