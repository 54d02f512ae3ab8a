import logging

import httpx

log = logging.getLogger(__name__)
HIDDEN = {"authorization", "cookie", "x-api-key"}


class PartnerClient:
    def __init__(self, base_url: str, token: str):
        self.client = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"})

    def get(self, path: str) -> dict:
        resp = self.client.get(path)
        shown = {k: ("***" if k.lower() in HIDDEN else v) for k, v in resp.request.headers.items()}
        log.info("GET %s -> %s headers=%s", path, resp.status_code, shown)
        resp.raise_for_status()
        return resp.json()
