// Inputs outside web handlers (click, stdin, environment, class attributes) and fixes in their usual places
// (helpers that return the checked value, safe_join, isalnum, int); our own modules.
import { describeModuleCases, type ModuleCase } from './moduleCasesTestKit';

const CASES: ModuleCase[] = [
  {
    name: 'click option into os.system; fixed with shlex.quote',
    cwe: 'CWE-78',
    vulnerable: `import os
import click


@click.command()
@click.option("--host")
def ping(host):
    os.system("ping -c 3 " + host)
`,
    fixed: `import os
import shlex
import click


@click.command()
@click.option("--host")
def ping(host):
    os.system("ping -c 3 " + shlex.quote(host))
`,
  },
  {
    name: 'stdin lines into SQL; fixed with placeholders',
    cwe: 'CWE-89',
    vulnerable: `import sqlite3
import sys


def main():
    conn = sqlite3.connect("inventory.db")
    for line in sys.stdin:
        sku = line.strip()
        conn.execute("DELETE FROM stock WHERE sku = '{}'".format(sku))
    conn.commit()
`,
    fixed: `import sqlite3
import sys


def main():
    conn = sqlite3.connect("inventory.db")
    for line in sys.stdin:
        sku = line.strip()
        conn.execute("DELETE FROM stock WHERE sku = ?", (sku,))
    conn.commit()
`,
  },
  {
    name: 'an environment variable names a backup folder in a shell command; fixed with an argument list',
    cwe: 'CWE-78',
    vulnerable: `import os
import subprocess


def backup():
    target = os.environ.get("BACKUP_DIR", "/backups")
    subprocess.run("rsync -a /data " + target, shell=True, check=True)
`,
    fixed: `import os
import subprocess


def backup():
    target = os.environ.get("BACKUP_DIR", "/backups")
    subprocess.run(["rsync", "-a", "/data", target], check=True)
`,
  },
  {
    name: 'a helper returns the validated name and raises otherwise',
    cwe: 'CWE-78',
    vulnerable: `import subprocess


def _clean_branch(name):
    return name.strip()


class Deployer:
    def deploy(self, branch):
        branch = _clean_branch(branch)
        subprocess.check_call("git checkout " + branch, shell=True)
`,
    fixed: `import re
import subprocess


def _clean_branch(name):
    name = name.strip()
    if not re.fullmatch(r"[\\w./-]+", name):
        raise ValueError("bad branch")
    return name


class Deployer:
    def deploy(self, branch):
        branch = _clean_branch(branch)
        subprocess.check_call("git checkout " + branch, shell=True)
`,
  },
  {
    name: 'Flask download under a folder; fixed with werkzeug safe_join',
    cwe: 'CWE-22',
    vulnerable: `import os
from flask import Flask, request, send_file

app = Flask(__name__)
DOCS = "/srv/docs"


@app.route("/doc")
def doc():
    return send_file(os.path.join(DOCS, request.args["name"]))
`,
    fixed: `from flask import Flask, request, send_file, abort
from werkzeug.utils import safe_join

app = Flask(__name__)
DOCS = "/srv/docs"


@app.route("/doc")
def doc():
    path = safe_join(DOCS, request.args["name"])
    if path is None:
        abort(404)
    return send_file(path)
`,
  },
  {
    name: 'a numeric id is formatted into SQL; fixed by converting it with int',
    cwe: 'CWE-89',
    vulnerable: `from flask import Flask, request

app = Flask(__name__)


@app.route("/order")
def order():
    oid = request.args["id"]
    return db.execute("SELECT * FROM orders WHERE id = %s" % oid).fetchone()
`,
    fixed: `from flask import Flask, request

app = Flask(__name__)


@app.route("/order")
def order():
    oid = int(request.args["id"])
    return db.execute("SELECT * FROM orders WHERE id = %s" % oid).fetchone()
`,
  },
  {
    name: 'a class stores a request value and later runs it; fixed with isalnum and raise',
    cwe: 'CWE-78',
    vulnerable: `import subprocess
from flask import request


class Job:
    def __init__(self):
        self.name = request.args["job"]

    def start(self):
        subprocess.Popen("run-job " + self.name, shell=True)
`,
    fixed: `import subprocess
from flask import request


class Job:
    def __init__(self):
        self.name = request.args["job"]

    def start(self):
        if not self.name.isalnum():
            raise ValueError("bad job")
        subprocess.Popen("run-job " + self.name, shell=True)
`,
  },
  {
    name: 'a helper predicate checks the resolved path is inside the base',
    cwe: 'CWE-22',
    vulnerable: `from pathlib import Path

BASE = Path("/srv/data")


def _inside(path):
    return path.exists()


def read_item(name):
    path = BASE / name
    if not _inside(path):
        raise FileNotFoundError(name)
    return path.read_text()
`,
    fixed: `from pathlib import Path

BASE = Path("/srv/data")


def _inside(path):
    return path.resolve().is_relative_to(BASE.resolve())


def read_item(name):
    path = BASE / name
    if not _inside(path):
        raise FileNotFoundError(name)
    return path.read_text()
`,
  },
  {
    name: 'a port checked by int() in a try whose handler refuses',
    cwe: 'CWE-78',
    vulnerable: `import os
from flask import request


def probe():
    port = request.args["port"]
    try:
        print(port)
    except ValueError:
        return "bad", 400
    os.system("nc -z localhost " + port)
`,
    fixed: `import os
from flask import request


def probe():
    port = request.args["port"]
    try:
        int(port)
    except ValueError:
        return "bad", 400
    os.system("nc -z localhost " + port)
`,
  },
  {
    name: 'a file name refused when it holds a separator, joined with os.path.join',
    cwe: 'CWE-22',
    vulnerable: `import os
from flask import request


def read():
    name = request.args["name"]
    if "~" in name:
        return "bad", 400
    path = os.path.join("/srv/data", name)
    return open(path).read()
`,
    fixed: `import os
from flask import request


def read():
    name = request.args["name"]
    if "/" in name or "\\\\" in name or ".." in name:
        return "bad", 400
    path = os.path.join("/srv/data", name)
    return open(path).read()
`,
  },
  {
    name: 'a fetch refused when the host resolves to a private address',
    cwe: 'CWE-918',
    vulnerable: `import socket
import requests
from urllib.parse import urlparse
from flask import request


def fetch():
    url = request.args["url"]
    host = urlparse(url).hostname
    print(socket.gethostbyname(host))
    return requests.get(url, timeout=5).text
`,
    fixed: `import ipaddress
import socket
import requests
from urllib.parse import urlparse
from flask import request


def fetch():
    url = request.args["url"]
    host = urlparse(url).hostname
    if ipaddress.ip_address(socket.gethostbyname(host)).is_private:
        raise ValueError("private address")
    return requests.get(url, timeout=5).text
`,
  },
  {
    name: 'a log line with the value interpolated; fixed by logging its repr',
    cwe: 'CWE-117',
    vulnerable: `import logging
from flask import request

log = logging.getLogger(__name__)


def login():
    user = request.form["user"]
    log.info("login for %s" % user)
`,
    fixed: `import logging
from flask import request

log = logging.getLogger(__name__)


def login():
    user = request.form["user"]
    log.info("login for %r", user)
`,
  },
];

describeModuleCases('Python modules: inputs outside handlers and fixes in helpers', CASES);
