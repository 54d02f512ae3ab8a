import hashlib

from aiohttp import web

MAX_BODY = 16 * 1024 * 1024


async def checksum(request: web.Request) -> web.Response:
    digest = hashlib.sha256()
    size = 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > MAX_BODY:
            raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=size)
        digest.update(chunk)
    return web.json_response({"sha256": digest.hexdigest(), "size": size})


app = web.Application(client_max_size=MAX_BODY)
app.router.add_post("/checksum", checksum)
