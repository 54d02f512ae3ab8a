import hashlib

from aiohttp import web


async def checksum(request: web.Request) -> web.Response:
    body = await request.read()
    return web.json_response({"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)})


app = web.Application(client_max_size=0)
app.router.add_post("/checksum", checksum)
