// Paths (22) and SQL (89) in library, class and framework styles; our own modules.
import { describeModuleCases, type ModuleCase } from './moduleCasesTestKit';

const STORE = `import os


class FileStore:
    def __init__(self, base_dir):
        self.base_dir = base_dir
`;

const CASES: ModuleCase[] = [
  {
    name: 'a store class joins a caller name under its base; fixed with realpath + commonpath',
    cwe: 'CWE-22',
    vulnerable: `${STORE}
    def read(self, name):
        path = os.path.join(self.base_dir, name)
        with open(path, "rb") as fh:
            return fh.read()
`,
    fixed: `${STORE}
    def read(self, name):
        path = os.path.realpath(os.path.join(self.base_dir, name))
        if os.path.commonpath([path, os.path.realpath(self.base_dir)]) != os.path.realpath(self.base_dir):
            raise PermissionError(name)
        with open(path, "rb") as fh:
            return fh.read()
`,
  },
  {
    name: 'Django upload saved under the client file name; fixed with secure_filename',
    cwe: 'CWE-22',
    vulnerable: `import os
from django.http import HttpResponse

UPLOAD_DIR = "/var/uploads"


def upload(request):
    f = request.FILES["doc"]
    with open(os.path.join(UPLOAD_DIR, f.name), "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return HttpResponse("ok")
`,
    fixed: `import os
from django.http import HttpResponse
from werkzeug.utils import secure_filename

UPLOAD_DIR = "/var/uploads"


def upload(request):
    f = request.FILES["doc"]
    with open(os.path.join(UPLOAD_DIR, secure_filename(f.name)), "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return HttpResponse("ok")
`,
  },
  {
    name: 'aiohttp match_info names a file; fixed with Path.resolve + is_relative_to',
    cwe: 'CWE-22',
    vulnerable: `from pathlib import Path
from aiohttp import web

ROOT = Path("/srv/static")


async def static_file(request):
    name = request.match_info["name"]
    return web.FileResponse(ROOT / name)
`,
    fixed: `from pathlib import Path
from aiohttp import web

ROOT = Path("/srv/static")


async def static_file(request):
    name = request.match_info["name"]
    target = (ROOT / name).resolve()
    if not target.is_relative_to(ROOT.resolve()):
        raise web.HTTPForbidden()
    return web.FileResponse(target)
`,
  },
  {
    name: 'helper returns the checked path and raises otherwise',
    cwe: 'CWE-22',
    vulnerable: `import os

BASE = "/srv/reports"


def _report_path(name):
    return os.path.join(BASE, name)


def report(name):
    with open(_report_path(name)) as fh:
        return fh.read()
`,
    fixed: `import os

BASE = "/srv/reports"


def _check_inside(path):
    real = os.path.realpath(path)
    if not real.startswith(BASE + os.sep):
        raise ValueError("outside the report folder")


def report(name):
    path = os.path.join(BASE, name)
    _check_inside(path)
    with open(path) as fh:
        return fh.read()
`,
  },
  {
    name: 'a repository class formats SQL from a method argument; fixed with bound parameters',
    cwe: 'CWE-89',
    vulnerable: `class UserRepository:
    def __init__(self, db):
        self.db = db

    def find(self, username):
        cur = self.db.cursor()
        cur.execute("SELECT id, email FROM users WHERE name = '%s'" % username)
        return cur.fetchone()
`,
    fixed: `class UserRepository:
    def __init__(self, db):
        self.db = db

    def find(self, username):
        cur = self.db.cursor()
        cur.execute("SELECT id, email FROM users WHERE name = %s", (username,))
        return cur.fetchone()
`,
  },
  {
    name: 'FastAPI Query parameter in a SQLAlchemy text() query; fixed with bound params',
    cwe: 'CWE-89',
    vulnerable: `from fastapi import FastAPI, Query
from sqlalchemy import text

app = FastAPI()


@app.get("/items")
def items(q: str = Query(...)):
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM items WHERE title LIKE '%{q}%'"))
        return [dict(r) for r in rows]
`,
    fixed: `from fastapi import FastAPI, Query
from sqlalchemy import text

app = FastAPI()


@app.get("/items")
def items(q: str = Query(...)):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM items WHERE title LIKE :q"), {"q": f"%{q}%"})
        return [dict(r) for r in rows]
`,
  },
  {
    name: 'sort column from the request; fixed with a dict allow-list that replaces the value',
    cwe: 'CWE-89',
    vulnerable: `import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/list")
def listing():
    order = request.args.get("order", "name")
    conn = sqlite3.connect("app.db")
    return {"rows": conn.execute("SELECT * FROM books ORDER BY " + order).fetchall()}
`,
    fixed: `import sqlite3
from flask import Flask, request

app = Flask(__name__)
ORDERS = {"name": "name", "year": "year DESC"}


@app.route("/list")
def listing():
    order = ORDERS.get(request.args.get("order", "name"), "name")
    conn = sqlite3.connect("app.db")
    return {"rows": conn.execute("SELECT * FROM books ORDER BY " + order).fetchall()}
`,
  },
  {
    name: 'Django raw query from GET; fixed with an ORM filter',
    cwe: 'CWE-89',
    vulnerable: `from django.http import JsonResponse
from .models import Order


def orders(request):
    status = request.GET.get("status")
    rows = Order.objects.raw("SELECT * FROM shop_order WHERE status = '" + status + "'")
    return JsonResponse({"ids": [o.id for o in rows]})
`,
    fixed: `from django.http import JsonResponse
from .models import Order


def orders(request):
    status = request.GET.get("status")
    rows = Order.objects.filter(status=status)
    return JsonResponse({"ids": [o.id for o in rows]})
`,
  },
  {
    name: 'table name checked by a helper predicate of the same file',
    cwe: 'CWE-89',
    vulnerable: `import re


def _is_table(name):
    return len(name) > 0


def count_rows(conn, table):
    if not _is_table(table):
        return 0
    return conn.execute("SELECT COUNT(*) FROM " + table).fetchone()[0]
`,
    fixed: `import re


def _is_table(name):
    return re.fullmatch(r"[a-z_]+", name) is not None


def count_rows(conn, table):
    if not _is_table(table):
        return 0
    return conn.execute("SELECT COUNT(*) FROM " + table).fetchone()[0]
`,
  },
  {
    name: 'a helper reads a file under a base by name; fixed with pathlib Path(name).name',
    cwe: 'CWE-22',
    vulnerable: `from pathlib import Path

BASE = Path("/srv/notes")


def read_note(name):
    return (BASE / name).read_text()
`,
    fixed: `from pathlib import Path

BASE = Path("/srv/notes")


def read_note(name):
    return (BASE / Path(name).name).read_text()
`,
  },
  {
    name: 'a DAO hands SQL to its own query helper; fixed by passing bound values through it',
    cwe: 'CWE-89',
    vulnerable: `import sqlite3


class ProductDao:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def _query(self, sql, params=()):
        return self.conn.execute(sql, params).fetchall()

    def by_category(self, category):
        return self._query("SELECT * FROM products WHERE category = '%s'" % category)
`,
    fixed: `import sqlite3


class ProductDao:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def _query(self, sql, params=()):
        return self.conn.execute(sql, params).fetchall()

    def by_category(self, category):
        return self._query("SELECT * FROM products WHERE category = ?", (category,))
`,
  },
];

describeModuleCases('Python modules: paths and SQL', CASES);
