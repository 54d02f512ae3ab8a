import logging

import httpx

log = logging.getLogger(__name__)


class PartnerClient:
    def __init__(self, base_url: str, token: str):
        self.client = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"})

    def get(self, path: str) -> dict:
        resp = self.client.get(path)
        log.info("GET %s -> %s headers=%s", path, resp.status_code, dict(resp.request.headers))
        resp.raise_for_status()
        return resp.json()
