import pickle
from typing import Any, Callable

import redis


class ResultCache:
    """Caches expensive query results in a shared Redis instance."""

    def __init__(self, url: str, ttl: int = 300):
        self.client = redis.Redis.from_url(url)
        self.ttl = ttl

    def get_or_compute(self, key: str, compute: Callable[[], Any]) -> Any:
        blob = self.client.get(key)
        if blob is not None:
            return pickle.loads(blob)
        value = compute()
        self.client.setex(key, self.ttl, pickle.dumps(value))
        return value
