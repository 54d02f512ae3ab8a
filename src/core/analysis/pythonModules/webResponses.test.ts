// Markup (79), redirects (601), server-side fetches (918), error details (209) and log lines (117) in Django,
// FastAPI, aiohttp, Tornado and library styles; our own modules.
import { describeModuleCases, type ModuleCase } from './moduleCasesTestKit';

const CASES: ModuleCase[] = [
  {
    name: 'Django view writes a GET value into HTML; fixed with html.escape',
    cwe: 'CWE-79',
    vulnerable: `from django.http import HttpResponse


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + name + "</h1>")
`,
    fixed: `import html
from django.http import HttpResponse


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + html.escape(name) + "</h1>")
`,
  },
  {
    name: 'FastAPI HTMLResponse from a query parameter; fixed with markupsafe.escape',
    cwe: 'CWE-79',
    vulnerable: `from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/search", response_class=HTMLResponse)
def search(q: str):
    return HTMLResponse(content=f"<p>Results for {q}</p>")
`,
    fixed: `from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from markupsafe import escape

app = FastAPI()


@app.get("/search", response_class=HTMLResponse)
def search(q: str):
    return HTMLResponse(content=f"<p>Results for {escape(q)}</p>")
`,
  },
  {
    name: 'Django redirect to a next parameter; fixed with url_has_allowed_host_and_scheme',
    cwe: 'CWE-601',
    vulnerable: `from django.shortcuts import redirect


def after_login(request):
    target = request.GET.get("next", "/")
    return redirect(target)
`,
    fixed: `from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_login(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)
`,
  },
  {
    name: 'aiohttp redirect to a query value; fixed with urlparse and a host allow-list',
    cwe: 'CWE-601',
    vulnerable: `from aiohttp import web


async def go(request):
    url = request.query["to"]
    raise web.HTTPFound(url)
`,
    fixed: `from urllib.parse import urlparse
from aiohttp import web

ALLOWED_HOSTS = {"example.com", "www.example.com"}


async def go(request):
    url = request.query["to"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise web.HTTPBadRequest()
    raise web.HTTPFound(url)
`,
  },
  {
    name: 'a webhook client class fetches a URL built from a caller value; fixed with a host allow-list',
    cwe: 'CWE-918',
    vulnerable: `import requests


class AvatarFetcher:
    def fetch(self, host, user):
        return requests.get(f"https://{host}/avatars/{user}.png", timeout=5).content
`,
    fixed: `from urllib.parse import urlparse
import requests

ALLOWED_HOSTS = {"cdn.example.com"}


class AvatarFetcher:
    def fetch(self, host, user):
        url = f"https://{host}/avatars/{user}.png"
        if urlparse(url).hostname not in ALLOWED_HOSTS:
            raise ValueError("host not allowed")
        return requests.get(url, timeout=5).content
`,
  },
  {
    name: 'FastAPI preview endpoint fetches the URL it is given; fixed with urlparse and an allow-list',
    cwe: 'CWE-918',
    vulnerable: `import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/preview")
async def preview(url: str):
    async with httpx.AsyncClient() as client:
        resp = await client.get(url)
    return {"status": resp.status_code}
`,
    fixed: `from urllib.parse import urlparse
import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
ALLOWED_HOSTS = {"images.example.com"}


@app.get("/preview")
async def preview(url: str):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise HTTPException(status_code=400)
    async with httpx.AsyncClient() as client:
        resp = await client.get(url)
    return {"status": resp.status_code}
`,
  },
  {
    name: 'Django view returns the exception text; fixed by logging it and returning a generic message',
    cwe: 'CWE-209',
    vulnerable: `import logging
from django.http import JsonResponse

log = logging.getLogger(__name__)


def transfer(request):
    try:
        do_transfer(request.POST["to"], request.POST["amount"])
    except Exception as exc:
        return JsonResponse({"error": str(exc)}, status=500)
    return JsonResponse({"ok": True})
`,
    fixed: `import logging
from django.http import JsonResponse

log = logging.getLogger(__name__)


def transfer(request):
    try:
        do_transfer(request.POST["to"], request.POST["amount"])
    except Exception:
        log.exception("transfer failed")
        return JsonResponse({"error": "internal error"}, status=500)
    return JsonResponse({"ok": True})
`,
  },
  {
    name: 'Tornado handler logs a raw argument; fixed by neutralising line breaks',
    cwe: 'CWE-117',
    vulnerable: `import logging
import tornado.web

log = logging.getLogger("auth")


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_argument("user")
        log.info("login attempt for %s" % user)
`,
    fixed: `import logging
import tornado.web

log = logging.getLogger("auth")


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_argument("user").replace("\\r", "").replace("\\n", "")
        log.info("login attempt for %s" % user)
`,
  },
  {
    name: 'a rendering helper returns markup around its parameters; fixed with html.escape on each',
    cwe: 'CWE-79',
    vulnerable: `def comment_html(author, body):
    return "<article><h3>" + author + "</h3><p>" + body + "</p></article>"
`,
    fixed: `import html


def comment_html(author, body):
    return "<article><h3>" + html.escape(author) + "</h3><p>" + html.escape(body) + "</p></article>"
`,
  },
  {
    name: 'a widget class method formats a title into HTML; fixed with markupsafe.escape',
    cwe: 'CWE-79',
    vulnerable: `class Card:
    def header(self, title):
        return f"<div class='card-title'>{title}</div>"
`,
    fixed: `from markupsafe import escape


class Card:
    def header(self, title):
        return f"<div class='card-title'>{escape(title)}</div>"
`,
  },
  {
    name: 'a login view redirects to next; fixed by refusing any URL with a scheme or host',
    cwe: 'CWE-601',
    vulnerable: `from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    target = request.args.get("next", "/")
    parsed = urlparse(target)
    print(parsed.path)
    return redirect(target)
`,
    fixed: `from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    target = request.args.get("next", "/")
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc:
        target = "/"
    return redirect(target)
`,
  },
  {
    name: 'a redirect kept to subdomains by the host suffix',
    cwe: 'CWE-601',
    vulnerable: `from urllib.parse import urlparse
from flask import request, redirect


def bounce():
    url = request.args["url"]
    if urlparse(url).path.endswith(".html"):
        return redirect(url)
    return redirect("/")
`,
    fixed: `from urllib.parse import urlparse
from flask import request, redirect


def bounce():
    url = request.args["url"]
    if urlparse(url).hostname.endswith(".example.com"):
        return redirect(url)
    return redirect("/")
`,
  },
  {
    name: 'a client helper splices a host into the URL; fixed by a module constant base URL',
    cwe: 'CWE-918',
    vulnerable: `import requests


def user_profile(region, uid):
    return requests.get(f"https://{region}.api.internal/users/{uid}", timeout=5).json()
`,
    fixed: `import requests

API_BASE = "https://api.example.com/v2"


def user_profile(region, uid):
    return requests.get(f"{API_BASE}/users/{uid}", params={"region": region}, timeout=5).json()
`,
  },
];

describeModuleCases('Python modules: responses, redirects, fetches, errors and logs', CASES);
