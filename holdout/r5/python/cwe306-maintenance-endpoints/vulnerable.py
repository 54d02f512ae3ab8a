"""
Operations endpoints for the order service (FastAPI).

The service already exposes its public API under /api with token authentication
(`api_user` dependency). Add an operations router with:

  POST /ops/cache/flush      drop every cached price list
  POST /ops/orders/reindex   rebuild the order search index
  GET  /ops/health           liveness probe for the load balancer (no auth)

Only the operations team (holders of OPS_TOKEN) may call the first two.
"""
import hmac
import os
import time
from typing import Dict

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException

app = FastAPI()
api = APIRouter(prefix="/api")
ops = APIRouter(prefix="/ops")

OPS_TOKEN = os.environ.get("OPS_TOKEN", "")
PRICE_CACHE: Dict[str, Dict] = {}
STARTED = time.time()


def api_user(authorization: str = Header(default="")) -> str:
    from .auth import user_for_token
    user = user_for_token(authorization.removeprefix("Bearer "))
    if user is None:
        raise HTTPException(status_code=401, detail="unauthenticated")
    return user


@api.get("/prices/{region}")
def prices(region: str, user: str = Depends(api_user)) -> Dict:
    return PRICE_CACHE.get(region, {})


@api.put("/prices/{region}")
def put_prices(region: str, table: Dict[str, float], user: str = Depends(api_user)) -> Dict:
    if not region.isalpha() or len(region) > 8:
        raise HTTPException(status_code=400, detail="bad region")
    PRICE_CACHE[region] = {str(k): float(v) for k, v in table.items()}
    return {"region": region, "items": len(PRICE_CACHE[region])}


@ops.get("/health")
def health() -> Dict:
    return {"status": "ok", "uptime": int(time.time() - STARTED)}


@ops.get("/ready")
def ready() -> Dict:
    return {"ready": bool(PRICE_CACHE)}


@ops.post("/cache/flush")
def flush_cache() -> Dict:
    dropped = len(PRICE_CACHE)
    PRICE_CACHE.clear()
    return {"dropped": dropped}


@ops.post("/orders/reindex")
def reindex_orders() -> Dict:
    from .search import rebuild_order_index
    count = rebuild_order_index()
    return {"indexed": count}


app.include_router(api)
app.include_router(ops)
