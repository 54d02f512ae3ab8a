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
];

describeModuleCases('Python modules: inputs outside handlers and fixes in helpers', CASES);
