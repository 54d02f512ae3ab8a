"""Redis-backed cache for rendered dashboard widgets."""
import hashlib
import json
import logging
from typing import Any, Callable, Optional

import redis

log = logging.getLogger(__name__)
DEFAULT_TTL = 300


class WidgetCache:
    """Widget payloads are plain dicts/lists, shared by all web workers through one Redis."""

    def __init__(self, url: str = "redis://localhost:6379/2", prefix: str = "widget:") -> None:
        self.r = redis.Redis.from_url(url)
        self.prefix = prefix

    def _key(self, name: str, params: dict) -> str:
        digest = hashlib.sha1(repr(sorted(params.items())).encode()).hexdigest()
        return f"{self.prefix}{name}:{digest}"

    def get(self, name: str, params: dict) -> Optional[Any]:
        raw = self.r.get(self._key(name, params))
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except Exception:
            log.warning("dropping unreadable cache entry for %s", name)
            return None

    def put(self, name: str, params: dict, value: Any, ttl: int = DEFAULT_TTL) -> None:
        self.r.setex(self._key(name, params), ttl, json.dumps(value))

    def cached(self, name: str, params: dict, build: Callable[[], Any], ttl: int = DEFAULT_TTL) -> Any:
        value = self.get(name, params)
        if value is None:
            value = build()
            self.put(name, params, value, ttl)
        return value

    def invalidate(self, name: str) -> int:
        keys = list(self.r.scan_iter(f"{self.prefix}{name}:*"))
        return self.r.delete(*keys) if keys else 0
