import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class WebhookTest(BaseModel):
    url: str
    event: str = "ping"


@app.post("/integrations/webhooks/test")
async def test_webhook(body: WebhookTest) -> dict:
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(body.url, json={"event": body.event})
    return {"status": resp.status_code, "body": resp.text[:500]}
