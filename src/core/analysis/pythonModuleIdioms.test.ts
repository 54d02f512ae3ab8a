// Whole-module Python idioms that rules misread as weaknesses (issue 12, Python false positives, round two), each
// beside a twin that keeps the rule's recall. `tier` says what the rule must report: a counted finding, a note, or
// nothing. The modules they were trimmed from are in fixtures/pyRealisticClean.
import { describeTierCases, type TierCase } from './tierCasesTestKit';

const AIOHTTP = 'from aiohttp import web\n\n\n';
const DJANGO = 'from django.http import HttpResponse, StreamingHttpResponse\n\n\n';
const FASTAPI =
  'import uuid\nfrom pathlib import Path\nfrom fastapi import APIRouter\nfrom fastapi.responses import FileResponse\nrouter = APIRouter()\nROOT = Path("/srv/media")\n\n\n';
const BACKUP = 'import shutil\nfrom pathlib import Path\n\n\n';

const CASES: TierCase[] = [
  {
    name: 'an aiohttp middleware returns what the next handler returns',
    rule: 'py-reflected-xss',
    code: `${AIOHTTP}@web.middleware\nasync def auth(request, handler):\n    request["user"] = request.headers.get("X-User")\n    return await handler(request)\n`,
    tier: 'none',
  },
  {
    name: 'a Django view returning markup built from the query',
    rule: 'py-reflected-xss',
    code: `${DJANGO}def search(request):\n    return HttpResponse("<h1>" + request.GET["q"] + "</h1>")\n`,
    tier: 'finding',
  },
  {
    name: 'a header written into a streamed CSV response does not make it the body',
    rule: 'py-reflected-xss',
    code: `${DJANGO}def export(request):\n    rows = request.GET.get("rows", "")\n    response = StreamingHttpResponse(iter([rows]), content_type="text/csv")\n    response["Content-Disposition"] = "attachment"\n    return response\n`,
    tier: 'none',
  },
  {
    name: 'a header written into an HTML response built from the query: the body is still the markup',
    rule: 'py-reflected-xss',
    code: `${DJANGO}def page(request):\n    response = HttpResponse("<p>" + request.GET["q"] + "</p>")\n    response["X-Frame-Options"] = "DENY"\n    return response\n`,
    tier: 'finding',
  },
  {
    name: 'dates formatted with a strftime spec in a header print digits',
    rule: 'py-header-assignment',
    code: `${DJANGO}import datetime as dt\n\n\ndef export(request):\n    start = dt.date.fromisoformat(request.GET["from"])\n    response = HttpResponse("", content_type="text/csv")\n    response["Content-Disposition"] = f'attachment; filename="tx-{start:%Y%m%d}.csv"'\n    return response\n`,
    tier: 'none',
  },
  {
    name: 'the raw query value in the same header',
    rule: 'py-header-assignment',
    code: `${DJANGO}def export(request):\n    start = request.GET["from"]\n    response = HttpResponse("", content_type="text/csv")\n    response["Content-Disposition"] = f'attachment; filename="tx-{start}.csv"'\n    return response\n`,
    tier: 'finding',
  },
  {
    name: 'a FastAPI path parameter typed uuid.UUID names no folder',
    rule: 'py-path-traversal',
    code: `${FASTAPI}@router.get("/a/{avatar_id}")\nasync def avatar(avatar_id: uuid.UUID):\n    return FileResponse(ROOT / f"{avatar_id.hex}.jpg")\n`,
    tier: 'none',
  },
  {
    name: 'the same parameter typed str',
    rule: 'py-path-traversal',
    code: `${FASTAPI}@router.get("/a/{avatar_id}")\nasync def avatar(avatar_id: str):\n    return FileResponse(ROOT / f"{avatar_id}.jpg")\n`,
    tier: 'finding',
  },
  {
    name: "a pathlib path's last component under a base folder the caller picks",
    rule: 'py-path-traversal',
    code: `${BACKUP}def backup(source: Path, target_root: Path):\n    dest = target_root / f"{source.name}-copy"\n    shutil.rmtree(dest)\n`,
    tier: 'none',
  },
  {
    name: 'a plain string parameter under the same base',
    rule: 'py-path-traversal',
    code: `${BACKUP}def backup(source: str, target_root: Path):\n    dest = target_root / f"{source}-copy"\n    shutil.rmtree(dest)\n`,
    tier: 'finding',
  },
  {
    name: ".name of an object that is not a path (a model's field) is text",
    rule: 'py-path-traversal',
    code: `${BACKUP}BASE = Path("/srv/files")\n\n\ndef remove(item):\n    shutil.rmtree(BASE / item.name)\n`,
    tier: 'finding',
  },
  {
    name: 'a middleware that exempts one exact path from a check that refuses everything else',
    rule: 'path-prefix-authorization',
    code: `${AIOHTTP}@web.middleware\nasync def auth(request, handler):\n    if not request.headers.get("X-User") and request.path != "/health":\n        raise web.HTTPUnauthorized(text="login required")\n    return await handler(request)\n`,
    tier: 'none',
  },
  {
    name: 'a middleware that checks the admin role only on paths starting with /admin',
    rule: 'path-prefix-authorization',
    code: `${AIOHTTP}@web.middleware\nasync def auth(request, handler):\n    if request.path.startswith("/admin") and not request["user"].is_admin:\n        raise web.HTTPForbidden()\n    return await handler(request)\n`,
    tier: 'finding',
  },
  {
    name: 'a slice of a string checked by a full regex match is made of its characters',
    rule: 'py-path-traversal',
    code: `import re\nfrom pathlib import Path\nROOT = Path("/srv/blobs")\n\n\ndef open_blob(digest):\n    if not re.fullmatch(r"[0-9a-f]{64}", digest):\n        raise ValueError("bad digest")\n    return (ROOT / digest[:2] / digest).open("rb")\n`,
    tier: 'none',
  },
  {
    name: 'the same path without the check',
    rule: 'py-path-traversal',
    code: `import re\nfrom pathlib import Path\nROOT = Path("/srv/blobs")\n\n\ndef open_blob(digest):\n    return (ROOT / digest[:2] / digest).open("rb")\n`,
    tier: 'finding',
  },
  {
    name: "a method helper that checks its argument before joining it under the object's root",
    rule: 'py-path-traversal',
    code: `import re\n\n\nclass Store:\n    def __init__(self, root):\n        self.root = root\n\n    def _path(self, digest):\n        if not re.fullmatch(r"[0-9a-f]{64}", digest):\n            raise ValueError("bad digest")\n        return self.root / digest\n\n    def open(self, digest):\n        return self._path(digest).open("rb")\n`,
    tier: 'none',
  },
  {
    name: 'the same helper without the check',
    rule: 'py-path-traversal',
    code: `class Store:\n    def __init__(self, root):\n        self.root = root\n\n    def _path(self, digest):\n        return self.root / digest\n\n    def open(self, digest):\n        return self._path(digest).open("rb")\n`,
    tier: 'finding',
  },
  {
    name: "pathlib's write_bytes writes to its object: data handed as the argument is no path",
    rule: 'py-path-traversal',
    code: `${BACKUP}def seal(src: Path, dst: Path, header: bytes):\n    dst.write_bytes(header + src.read_bytes())\n`,
    tier: 'none',
  },
  {
    name: 'write_bytes on a path joined under a base from a parameter',
    rule: 'py-path-traversal',
    code: `${BACKUP}BASE = Path("/srv/out")\n\n\ndef seal(name, header: bytes):\n    (BASE / name).write_bytes(header)\n`,
    tier: 'finding',
  },
  {
    name: 'a file stored under the hex digest of its uploaded bytes',
    rule: 'py-path-traversal',
    code: `${FASTAPI}import hashlib\nfrom fastapi import UploadFile\n\n\n@router.post("/m")\nasync def store(file: UploadFile):\n    data = await file.read()\n    (ROOT / f"{hashlib.sha256(data).hexdigest()}.bin").write_bytes(data)\n`,
    tier: 'none',
  },
  {
    name: 'the same file stored under its client-supplied name',
    rule: 'py-path-traversal',
    code: `${FASTAPI}from fastapi import UploadFile\n\n\n@router.post("/m")\nasync def store(file: UploadFile):\n    data = await file.read()\n    (ROOT / file.filename).write_bytes(data)\n`,
    tier: 'finding',
  },
  {
    name: 'a count clamped with min(int(...), limit) in a remote command',
    rule: 'py-shell-command',
    code: `import paramiko\nfrom flask import request\n\n\ndef tail(client):\n    lines = min(int(request.args.get("lines", "100")), 1000)\n    client.exec_command(f"tail -n {lines} /var/log/app/web.log")\n`,
    tier: 'none',
  },
  {
    name: 'the raw count in the same command',
    rule: 'py-shell-command',
    code: `import paramiko\nfrom flask import request\n\n\ndef tail(client):\n    lines = request.args.get("lines", "100")\n    client.exec_command(f"tail -n {lines} /var/log/app/web.log")\n`,
    tier: 'finding',
  },
  {
    name: 'a Flask error handler answering with the traceback',
    rule: 'py-error-details',
    code: `import traceback\nfrom flask import Flask, jsonify\napp = Flask(__name__)\n\n\n@app.errorhandler(Exception)\ndef failed(exc):\n    return jsonify(error="internal", detail=traceback.format_exc()), 500\n`,
    tier: 'finding',
  },
  {
    name: 'a FastAPI exception handler answering with the exception text',
    rule: 'py-error-details',
    code: `from fastapi import FastAPI\nfrom fastapi.responses import JSONResponse\napp = FastAPI()\n\n\n@app.exception_handler(Exception)\nasync def failed(request, exc):\n    return JSONResponse({"error": str(exc)}, status_code=500)\n`,
    tier: 'finding',
  },
  {
    name: 'an error handler that answers with the error class name only',
    rule: 'py-error-details',
    code: `from flask import Flask, jsonify\napp = Flask(__name__)\n\n\n@app.errorhandler(Exception)\ndef failed(exc):\n    app.logger.exception("unhandled")\n    return jsonify(error="internal error"), 500\n`,
    tier: 'none',
  },
  {
    name: 'an aiohttp connector with ssl=False',
    rule: 'py-tls-verify-off',
    code: `import aiohttp\n\n\nasync def fetch(url):\n    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as s:\n        async with s.get(url) as r:\n            return await r.text()\n`,
    tier: 'finding',
  },
  {
    name: 'ssl=False of a Redis client means no TLS at all (another weakness), not an unchecked certificate',
    rule: 'py-tls-verify-off',
    code: `import redis\n\ncache = redis.Redis(host="localhost", port=6379, ssl=False)\n`,
    tier: 'none',
  },
  {
    name: 'an upload saved under secure_filename with no extension check',
    rule: 'py-unrestricted-upload',
    code: `import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\n\n\ndef upload():\n    f = request.files["file"]\n    f.save(os.path.join("static/uploads", secure_filename(f.filename)))\n`,
    tier: 'finding',
  },
  {
    name: 'the same upload with an extension allow-list',
    rule: 'py-unrestricted-upload',
    code: `import os\nfrom flask import abort, request\nfrom werkzeug.utils import secure_filename\nALLOWED = {".png", ".pdf"}\n\n\ndef upload():\n    f = request.files["file"]\n    name = secure_filename(f.filename)\n    if os.path.splitext(name)[1].lower() not in ALLOWED:\n        abort(415)\n    f.save(os.path.join("static/uploads", name))\n`,
    tier: 'none',
  },
  {
    name: 'a FastAPI query count repeating a string without a limit',
    rule: 'py-request-sized-repeat',
    code: `from fastapi import APIRouter\nrouter = APIRouter()\n\n\n@router.get("/pad")\ndef pad(size: int = 16):\n    return {"pad": "0" * size}\n`,
    tier: 'finding',
  },
  {
    name: 'the same count checked against a maximum',
    rule: 'py-request-sized-repeat',
    code: `from fastapi import APIRouter, HTTPException\nrouter = APIRouter()\n\n\n@router.get("/pad")\ndef pad(size: int = 16):\n    if size > 64:\n        raise HTTPException(400)\n    return {"pad": "0" * size}\n`,
    tier: 'none',
  },
  {
    name: 'a Typer command option: its user sizes their own output',
    rule: 'py-request-sized-repeat',
    code: `import typer\napp = typer.Typer()\n\n\n@app.command()\ndef rule(width: int = 40):\n    print("-" * width)\n`,
    tier: 'none',
  },
  {
    name: 'a Starlette middleware keeps the response the next handler made',
    rule: 'py-reflected-xss',
    code: `from starlette.middleware.base import BaseHTTPMiddleware\n\n\nclass Headers(BaseHTTPMiddleware):\n    async def dispatch(self, request, call_next):\n        response = await call_next(request)\n        response.headers["X-Frame-Options"] = "DENY"\n        return response\n`,
    tier: 'none',
  },
  {
    name: "a compiled regex's findall scans the query text; it is no element path",
    rule: 'xpath-injection',
    code: `import re\nfrom lxml import etree\nWORD = re.compile(r"\\w+")\n\n\ndef words(request):\n    return WORD.findall(request.args.get("q", ""))\n`,
    tier: 'none',
  },
  {
    name: "a string's find is a substring search, with no XML module in the file",
    rule: 'xpath-injection',
    code: `from flask import request\n\n\ndef position(text):\n    return text.find(request.args["needle"] + "x")\n`,
    tier: 'none',
  },
  {
    name: 'an ElementTree path built from the query',
    rule: 'xpath-injection',
    code: `from xml.etree import ElementTree\nfrom flask import request\nTREE = ElementTree.parse("users.xml")\n\n\ndef user():\n    return TREE.getroot().find("./user[@name='" + request.args["name"] + "']")\n`,
    tier: 'finding',
  },
  {
    name: 'a WHERE clause of constant conditions chosen by a conditional expression',
    rule: 'py-sql-built',
    code: `def run(db, customer):\n    clauses, params = [], []\n    if customer:\n        clauses.append("name LIKE ?")\n        params.append(f"%{customer}%")\n    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""\n    sql = f"SELECT id FROM orders {where} LIMIT 10"\n    return db.execute(sql, params).fetchall()\n`,
    tier: 'none',
  },
  {
    name: 'the same query with the value itself in one branch',
    rule: 'py-sql-built',
    code: `def run(db, customer):\n    where = f"WHERE name = '{customer}'" if customer else ""\n    sql = f"SELECT id FROM orders {where} LIMIT 10"\n    return db.execute(sql).fetchall()\n`,
    tier: 'finding',
  },
  {
    name: "os.mkdir is a module's function: its argument is the path, joined here under /tmp",
    rule: 'py-path-traversal',
    code: `import os\n\n\ndef make_home(username):\n    os.mkdir("/tmp/" + username)\n`,
    tier: 'finding',
  },
  {
    name: 'a helper returns (sql, params) built from constant clauses and a column table',
    rule: 'py-sql-built',
    code: `COLUMNS = {"id": "id", "date": "created"}\n\n\ndef build(args):\n    clauses, params = [], []\n    if args.customer:\n        clauses.append("name LIKE ?")\n        params.append(f"%{args.customer}%")\n    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""\n    return f"SELECT id FROM orders {where} ORDER BY {COLUMNS[args.sort]}", params\n\n\ndef main(db, args):\n    sql, params = build(args)\n    return db.execute(sql, params).fetchall()\n`,
    tier: 'none',
  },
  {
    name: 'the same helper putting the customer into the SQL text',
    rule: 'py-sql-built',
    code: `def build(args):\n    return f"SELECT id FROM orders WHERE name = '{args.customer}'", []\n\n\ndef main(db, args):\n    sql, params = build(args)\n    return db.execute(sql, params).fetchall()\n`,
    tier: 'finding',
  },
  {
    name: "aiohttp's request.query.get is the query string, not a stored record",
    rule: 'log-injection',
    code: `import logging\nfrom aiohttp import web\nlog = logging.getLogger("search")\n\n\nasync def search(request):\n    query = request.query.get("q", "")\n    log.info("search query: %s", query)\n    return web.json_response({})\n`,
    tier: 'finding',
  },
  {
    name: 'a row fetched by Model.query.get is what the database holds',
    rule: 'log-injection',
    code: `import logging\nfrom flask import request\nfrom .models import User\nlog = logging.getLogger(__name__)\n\n\ndef show():\n    user = User.query.get(request.args["id"])\n    log.info("viewing %s", user)\n`,
    tier: 'none',
  },
];

describeTierCases('whole-module Python idioms read correctly', CASES);
