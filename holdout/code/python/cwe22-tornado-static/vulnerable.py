import os

import tornado.web

ASSET_ROOT = "/srv/app/assets"


class AssetHandler(tornado.web.RequestHandler):
    def get(self, name: str) -> None:
        path = os.path.join(ASSET_ROOT, name)
        if not os.path.isfile(path):
            raise tornado.web.HTTPError(404)
        with open(path, "rb") as fh:
            self.set_header("Content-Type", "application/octet-stream")
            self.write(fh.read())


def make_app() -> tornado.web.Application:
    return tornado.web.Application([(r"/assets/(.*)", AssetHandler)])
