from aiohttp import web


async def posts_by_tag(request: web.Request) -> web.Response:
    tag = request.match_info["tag"]
    pool = request.app["db"]
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id "
            "WHERE t.name = $1 ORDER BY p.published DESC LIMIT 50",
            tag,
        )
    return web.json_response([dict(r) for r in rows])


def setup(app: web.Application) -> None:
    app.router.add_get("/tags/{tag}/posts", posts_by_tag)
