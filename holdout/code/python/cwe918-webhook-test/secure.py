import ipaddress
import socket
from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class WebhookTest(BaseModel):
    url: str
    event: str = "ping"


def _public_https(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            return False
    return True


@app.post("/integrations/webhooks/test")
async def test_webhook(body: WebhookTest) -> dict:
    if not _public_https(body.url):
        raise HTTPException(status_code=400, detail="webhook must be a public https URL")
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.post(body.url, json={"event": body.event})
    return {"status": resp.status_code, "body": resp.text[:500]}
