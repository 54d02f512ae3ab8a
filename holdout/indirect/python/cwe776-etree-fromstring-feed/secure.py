import defusedxml.ElementTree as ET
import httpx


async def latest_headlines(feed_url: str, limit: int = 10) -> list[str]:
    """Read the titles of a partner's RSS feed."""
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(feed_url)
    root = ET.fromstring(resp.content)
    return [item.findtext("title", "") for item in root.iter("item")][:limit]
