// Shapes of careful project code that rules misread (issue 12, Python seventh pass), each beside a twin that keeps
// the rule's recall. `tier` says what the rule must report on the snippet: a counted finding, a note, or nothing.
import { describeTierCases, type TierCase } from './tierCasesTestKit';

const FLASK =
  'import logging\nfrom flask import Flask, make_response, request\napp = Flask(__name__)\nlog = logging.getLogger(__name__)\n';

const CASES: TierCase[] = [
  {
    name: 'plain HTTP to a cluster-internal service name is a note',
    rule: 'plaintext-endpoint',
    code: 'import requests\nUSERS = "http://users.internal:8001/api"\n\n\ndef login(password):\n    return requests.post(USERS + "/login", json={"password": password}, timeout=5)\n',
    tier: 'note',
  },
  {
    name: 'plain HTTP to a public host with a password is a finding',
    rule: 'plaintext-endpoint',
    code: 'import requests\nUSERS = "http://users.example.net/api"\n\n\ndef login(password):\n    return requests.post(USERS + "/login", json={"password": password}, timeout=5)\n',
    tier: 'finding',
  },
  {
    name: 'an aiohttp ClientSession is no user session',
    rule: 'plaintext-endpoint',
    code: 'import aiohttp\nSTATUS = "http://status.example.net/ping"\n\n\nasync def ping():\n    async with aiohttp.ClientSession() as s:\n        return (await s.get(STATUS)).status\n',
    tier: 'none',
  },
  {
    name: 'a reset link carries its one-time token in the URL',
    rule: 'credentials-over-http',
    code: 'def reset_link(base, token):\n    return f"{base}/reset?token={token}"\n',
    tier: 'note',
  },
  {
    name: 'an API key in a query string',
    rule: 'credentials-over-http',
    code: 'import requests\n\n\ndef report(key):\n    return requests.get(f"https://api.example.net/report?api_key={key}", timeout=5)\n',
    tier: 'finding',
  },
  {
    name: "marshmallow's err.messages are the client's field errors",
    rule: 'py-error-details',
    code: `${FLASK}from marshmallow import ValidationError\n\n\n@app.post("/notes")\ndef create():\n    try:\n        data = SCHEMA.load(request.get_json())\n    except ValidationError as err:\n        return {"errors": err.messages}, 422\n    return data\n`,
    tier: 'none',
  },
  {
    name: "an exception's message returned to the client",
    rule: 'py-error-details',
    code: `${FLASK}\n\n@app.post("/notes")\ndef create():\n    try:\n        return save(request.get_json())\n    except Exception as err:\n        return {"error": err.message}, 500\n`,
    tier: 'finding',
  },
  {
    name: 'an upload stored under Path(filename).name, the last component',
    rule: 'py-path-traversal',
    code: 'from pathlib import Path\nfrom fastapi import FastAPI, UploadFile\napp = FastAPI()\nROOT = Path("/srv/up")\n\n\n@app.post("/up")\nasync def up(file: UploadFile):\n    target = ROOT / Path(file.filename).name\n    target.write_bytes(await file.read())\n',
    tier: 'none',
  },
  {
    name: 'an upload stored under its whole client path',
    rule: 'py-path-traversal',
    code: 'from pathlib import Path\nfrom fastapi import FastAPI, UploadFile\napp = FastAPI()\nROOT = Path("/srv/up")\n\n\n@app.post("/up")\nasync def up(file: UploadFile):\n    target = ROOT / Path(file.filename)\n    target.write_bytes(await file.read())\n',
    tier: 'finding',
  },
  {
    name: 'a FastAPI upload written under the client name with no type check',
    rule: 'py-upload-client-name',
    code: 'from pathlib import Path\nfrom fastapi import FastAPI, UploadFile\napp = FastAPI()\nROOT = Path("/srv/static")\n\n\n@app.post("/up")\nasync def up(file: UploadFile):\n    target = ROOT / Path(file.filename).name\n    with target.open("wb") as out:\n        out.write(await file.read())\n',
    tier: 'finding',
  },
  {
    name: 'the same upload with an extension allow-list and a generated name',
    rule: 'py-upload-client-name',
    code: 'import uuid\nfrom pathlib import Path\nfrom fastapi import FastAPI, HTTPException, UploadFile\napp = FastAPI()\nROOT = Path("/srv/static")\n\n\n@app.post("/up")\nasync def up(file: UploadFile):\n    suffix = Path(file.filename).suffix.lower()\n    if suffix not in {".png", ".pdf"}:\n        raise HTTPException(415)\n    with (ROOT / f"{uuid.uuid4().hex}{suffix}").open("wb") as out:\n        out.write(await file.read())\n',
    tier: 'none',
  },
  {
    name: 'a FastAPI request object is not request text: its signed session is server state',
    rule: 'open-redirect',
    code: 'from fastapi import FastAPI, Request\nfrom fastapi.responses import RedirectResponse\napp = FastAPI()\n\n\n@app.get("/done")\ndef done(request: Request):\n    return RedirectResponse(request.session.pop("after_login", "/"))\n',
    tier: 'none',
  },
  {
    name: 'a FastAPI query parameter as the redirect target',
    rule: 'open-redirect',
    code: 'from fastapi import FastAPI, Request\nfrom fastapi.responses import RedirectResponse\napp = FastAPI()\n\n\n@app.get("/out")\ndef out(request: Request, next: str = "/"):\n    return RedirectResponse(next)\n',
    tier: 'finding',
  },
  {
    name: "Django's REMOTE_ADDR is set by the server",
    rule: 'log-injection',
    code: 'import logging\nlog = logging.getLogger(__name__)\n\n\ndef view(request):\n    log.warning("denied from %s", request.META.get("REMOTE_ADDR", "-"))\n',
    tier: 'none',
  },
  {
    name: "the User-Agent header is the client's text",
    rule: 'log-injection',
    code: 'import logging\nlog = logging.getLogger(__name__)\n\n\ndef view(request):\n    log.warning("denied for %s", request.META.get("HTTP_USER_AGENT", "-"))\n',
    tier: 'finding',
  },
  {
    name: 'the posted name printed by %r beside a server value printed by %s',
    rule: 'log-injection',
    code: `${FLASK}\n\n@app.post("/login")\ndef login():\n    log.warning("failed login for %r at %s", request.form["user"], "now")\n`,
    tier: 'none',
  },
  {
    name: 'the posted name printed by %s beside a %r',
    rule: 'log-injection',
    code: `${FLASK}\n\n@app.post("/login")\ndef login():\n    log.warning("failed login for %s at %r", request.form["user"], "now")\n`,
    tier: 'finding',
  },
  {
    name: 'a cookie holding a fresh token from a helper that ignores its argument',
    rule: 'header-injection',
    code: `${FLASK}import secrets\n\n\ndef _remember(user):\n    token = secrets.token_urlsafe(32)\n    STORE[token] = user.id\n    return token\n\n\n@app.post("/login")\ndef login():\n    user = USERS.get(request.form["email"])\n    resp = make_response("ok")\n    resp.set_cookie("remember", _remember(user), secure=True, httponly=True)\n    return resp\n`,
    tier: 'none',
  },
  {
    name: 'a cookie holding what a helper builds from the posted value',
    rule: 'header-injection',
    code: `${FLASK}\n\ndef _label(name):\n    label = name.strip()\n    return label\n\n\n@app.post("/login")\ndef login():\n    resp = make_response("ok")\n    resp.set_cookie("who", _label(request.form["name"]), secure=True, httponly=True)\n    return resp\n`,
    tier: 'finding',
  },
  {
    name: 'a URL whose scheme alone was checked is fetched',
    rule: 'ssrf-request-url',
    code: `${FLASK}import requests\n\n\n@app.post("/hook")\ndef hook():\n    url = request.json["url"]\n    if not url.startswith(("http://", "https://")):\n        return "bad", 422\n    return str(requests.post(url, timeout=5).status_code)\n`,
    tier: 'finding',
  },
  {
    name: 'a URL whose host was checked against an allow-list is fetched',
    rule: 'ssrf-request-url',
    code: `${FLASK}import requests\nfrom urllib.parse import urlparse\nHOSTS = {"hooks.example.net"}\n\n\n@app.post("/hook")\ndef hook():\n    url = request.json["url"]\n    if urlparse(url).hostname not in HOSTS:\n        return "bad", 422\n    return str(requests.post(url, timeout=5).status_code)\n`,
    tier: 'none',
  },
  {
    name: 'a header value kept only when it matches a pattern, else a fresh id',
    rule: 'py-header-assignment',
    code: 'import re\nimport uuid\nRID = re.compile(r"^[A-Za-z0-9-]{8,64}$")\n\n\ndef middleware(request, response):\n    incoming = request.headers.get("X-Request-ID", "")\n    rid = incoming if RID.fullmatch(incoming) else uuid.uuid4().hex\n    response["X-Request-ID"] = rid\n',
    tier: 'none',
  },
  {
    name: 'a header value kept whenever it is present',
    rule: 'py-header-assignment',
    code: 'import uuid\n\n\ndef middleware(request, response):\n    incoming = request.headers.get("X-Request-ID", "")\n    rid = incoming if incoming else uuid.uuid4().hex\n    response["X-Request-ID"] = rid\n',
    tier: 'finding',
  },
  {
    name: 'a key refused when its look-up in our own table finds nothing',
    rule: 'log-injection',
    code: 'import logging\nfrom aiohttp import web\nlog = logging.getLogger(__name__)\nUPSTREAMS = {"users": "https://users.example.net"}\n\n\nasync def forward(request):\n    service = request.match_info["service"]\n    base = UPSTREAMS.get(service)\n    if base is None:\n        raise web.HTTPNotFound()\n    log.info("forward to %s", service)\n',
    tier: 'none',
  },
  {
    name: 'the same look-up whose result is never tested',
    rule: 'log-injection',
    code: 'import logging\nlog = logging.getLogger(__name__)\nUPSTREAMS = {"users": "https://users.example.net"}\n\n\nasync def forward(request):\n    service = request.match_info["service"]\n    base = UPSTREAMS.get(service)\n    log.info("forward to %s (%s)", service, base)\n',
    tier: 'finding',
  },
  {
    name: 'a look-up in a cache (not a table of ours) tested for None',
    rule: 'log-injection',
    code: 'import logging\nfrom aiohttp import web\nlog = logging.getLogger(__name__)\n\n\nasync def forward(request):\n    service = request.match_info["service"]\n    base = request.app["cache"].get(service)\n    if base is None:\n        raise web.HTTPNotFound()\n    log.info("forward to %s", service)\n',
    tier: 'finding',
  },
  {
    name: 'a fetch under a base URL picked from a table of literal base URLs',
    rule: 'ssrf-request-url',
    code: 'import requests\nfrom flask import request\nUPSTREAMS = {"users": "https://users.example.net", "billing": "https://billing.example.net"}\n\n\ndef forward():\n    base = UPSTREAMS.get(request.args["service"])\n    return requests.get(f"{base}/{request.args[\'tail\']}", timeout=5).text\n',
    tier: 'none',
  },
  {
    name: 'a fetch under a base URL the request names',
    rule: 'ssrf-request-url',
    code: 'import requests\nfrom flask import request\n\n\ndef forward():\n    base = request.args.get("base")\n    return requests.get(f"{base}/{request.args[\'tail\']}", timeout=5).text\n',
    tier: 'finding',
  },
  {
    name: 'files listed by os.walk under a caller-chosen root are deleted',
    rule: 'py-path-traversal',
    code: 'import os\nfrom pathlib import Path\n\n\ndef clean(root, days):\n    for dirpath, _dirs, filenames in os.walk(root):\n        for name in filenames:\n            path = Path(dirpath) / name\n            path.unlink()\n',
    tier: 'none',
  },
  {
    name: 'a caller-given name deleted under the same root',
    rule: 'py-path-traversal',
    code: 'import os\nfrom pathlib import Path\n\n\ndef clean(root, name):\n    for dirpath, _dirs, _files in os.walk(root):\n        path = Path(dirpath) / name\n        path.unlink()\n',
    tier: 'finding',
  },
  {
    name: 'a hex stem and an extension from our table (FORMATS.values()) name the file',
    rule: 'py-path-traversal',
    code: 'from pathlib import Path\nfrom fastapi import FastAPI, HTTPException\napp = FastAPI()\nMEDIA = Path("/srv/media")\nFORMATS = {"PNG": "png", "JPEG": "jpg"}\n\n\n@app.delete("/images/{name}")\ndef delete(name: str):\n    stem, _, ext = name.partition(".")\n    if not all(c in "0123456789abcdef" for c in stem) or ext not in FORMATS.values():\n        raise HTTPException(404)\n    (MEDIA / f"{stem}.{ext}").unlink()\n',
    tier: 'none',
  },
  {
    name: 'the same without the extension check',
    rule: 'py-path-traversal',
    code: 'from pathlib import Path\nfrom fastapi import FastAPI, HTTPException\napp = FastAPI()\nMEDIA = Path("/srv/media")\n\n\n@app.delete("/images/{name}")\ndef delete(name: str):\n    stem, _, ext = name.partition(".")\n    if not all(c in "0123456789abcdef" for c in stem):\n        raise HTTPException(404)\n    (MEDIA / f"{stem}.{ext}").unlink()\n',
    tier: 'finding',
  },
  {
    name: "a helper writing beside the caller's file (with_suffix)",
    rule: 'py-path-traversal',
    code: 'from pathlib import Path\n\n\ndef encrypt_file(src: Path) -> Path:\n    dst = src.with_suffix(src.suffix + ".enc")\n    dst.write_bytes(src.read_bytes()[::-1])\n    return dst\n',
    tier: 'none',
  },
  {
    name: "a helper writing a caller-given name beside the caller's file",
    rule: 'py-path-traversal',
    code: 'from pathlib import Path\n\n\ndef encrypt_file(src: Path, name):\n    dst = src.parent / name\n    dst.write_bytes(src.read_bytes()[::-1])\n    return dst\n',
    tier: 'finding',
  },
];

describeTierCases('careful project code read correctly', CASES);
