// Commands (78) and code evaluation (94/95) in library, class, CLI and framework styles; our own modules.
import { describeModuleCases, type ModuleCase } from './moduleCasesTestKit';

const CASES: ModuleCase[] = [
  {
    name: 'a class method builds a shell command from its argument; fixed with shlex.quote',
    cwe: 'CWE-78',
    vulnerable: `import subprocess


class Archiver:
    def __init__(self, base_dir):
        self.base_dir = base_dir

    def compress(self, name):
        cmd = "tar czf /tmp/out.tgz -C %s %s" % (self.base_dir, name)
        return subprocess.check_output(cmd, shell=True)
`,
    fixed: `import shlex
import subprocess


class Archiver:
    def __init__(self, base_dir):
        self.base_dir = base_dir

    def compress(self, name):
        cmd = "tar czf /tmp/out.tgz -C %s %s" % (shlex.quote(self.base_dir), shlex.quote(name))
        return subprocess.check_output(cmd, shell=True)
`,
  },
  {
    name: 'a wrapper of the same file runs a string through the shell; fixed with an argument list',
    cwe: 'CWE-78',
    vulnerable: `import os
import sys


def run(cmd):
    return os.system(cmd)


def main():
    host = sys.argv[1]
    run("ping -c 1 " + host)
`,
    fixed: `import subprocess
import sys


def run(argv):
    return subprocess.call(argv)


def main():
    host = sys.argv[1]
    run(["ping", "-c", "1", host])
`,
  },
  {
    name: 'argparse option into a shell pipeline; fixed with a pattern check that raises',
    cwe: 'CWE-78',
    vulnerable: `import argparse
import subprocess


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--branch")
    args = parser.parse_args()
    subprocess.run(f"git log --oneline {args.branch} | head", shell=True)
`,
    fixed: `import argparse
import re
import subprocess


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--branch")
    args = parser.parse_args()
    branch = args.branch
    if not re.fullmatch(r"[A-Za-z0-9._/-]+", branch):
        raise SystemExit("bad branch name")
    subprocess.run(f"git log --oneline {branch} | head", shell=True)
`,
  },
  {
    name: 'FastAPI route with a typed query parameter; fixed with a dict allow-list that replaces the value',
    cwe: 'CWE-78',
    vulnerable: `import subprocess
from fastapi import FastAPI

app = FastAPI()


@app.get("/convert")
def convert(fmt: str):
    out = subprocess.check_output("convert input.png output." + fmt, shell=True)
    return {"size": len(out)}
`,
    fixed: `import subprocess
from fastapi import FastAPI

app = FastAPI()
FORMATS = {"png": "png", "jpg": "jpg", "gif": "gif"}


@app.get("/convert")
def convert(fmt: str):
    fmt = FORMATS.get(fmt, "png")
    out = subprocess.check_output("convert input.png output." + fmt, shell=True)
    return {"size": len(out)}
`,
  },
  {
    name: 'validation in a helper of the same file that raises',
    cwe: 'CWE-78',
    vulnerable: `import subprocess


def _check_name(name):
    if not name:
        return name


def restart_service(name):
    _check_name(name)
    subprocess.call("systemctl restart " + name, shell=True)
`,
    fixed: `import re
import subprocess


def _check_name(name):
    if not re.fullmatch(r"[a-z0-9-]+", name):
        raise ValueError("invalid service name")


def restart_service(name):
    _check_name(name)
    subprocess.call("systemctl restart " + name, shell=True)
`,
  },
  {
    name: 'a socket server runs what it receives; fixed with a command table',
    cwe: 'CWE-78',
    vulnerable: `import socket
import subprocess


def serve(port):
    srv = socket.socket()
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    conn, _ = srv.accept()
    data = conn.recv(1024).decode()
    result = subprocess.check_output(data, shell=True)
    conn.sendall(result)
`,
    fixed: `import socket
import subprocess

COMMANDS = {"uptime": ["uptime"], "disk": ["df", "-h"]}


def serve(port):
    srv = socket.socket()
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    conn, _ = srv.accept()
    data = conn.recv(1024).decode().strip()
    argv = COMMANDS.get(data)
    if argv is None:
        conn.sendall(b"unknown")
        return
    conn.sendall(subprocess.check_output(argv))
`,
  },
  {
    name: 'a calculator helper evaluates its argument; fixed with ast.literal_eval',
    cwe: 'CWE-95',
    vulnerable: `def parse_setting(raw):
    return eval(raw)


def load(path):
    with open(path) as fh:
        return [parse_setting(line) for line in fh]
`,
    fixed: `import ast


def parse_setting(raw):
    return ast.literal_eval(raw)


def load(path):
    with open(path) as fh:
        return [parse_setting(line) for line in fh]
`,
  },
  {
    name: 'Django view evaluates a POST field; fixed with an AST walk that admits only arithmetic',
    cwe: 'CWE-95',
    vulnerable: `from django.http import JsonResponse


def calculate(request):
    expr = request.POST.get("expr", "")
    return JsonResponse({"value": eval(expr)})
`,
    fixed: `import ast
from django.http import JsonResponse

ALLOWED_NODES = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Add, ast.Sub, ast.Mult, ast.Div)


def calculate(request):
    expr = request.POST.get("expr", "")
    tree = ast.parse(expr, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, ALLOWED_NODES):
            return JsonResponse({"error": "unsupported"}, status=400)
    return JsonResponse({"value": eval(compile(tree, "<expr>", "eval"))})
`,
  },
  {
    name: 'aiohttp handler runs code from the JSON body; fixed by dispatching to a table of functions',
    cwe: 'CWE-94',
    vulnerable: `from aiohttp import web


async def hook(request):
    body = await request.json()
    exec(body["code"])
    return web.json_response({"ok": True})
`,
    fixed: `from aiohttp import web

ACTIONS = {"ping": lambda: "pong", "version": lambda: "1.0"}


async def hook(request):
    body = await request.json()
    action = ACTIONS.get(body["action"])
    if action is None:
        raise web.HTTPBadRequest()
    return web.json_response({"result": action()})
`,
  },
];

describeModuleCases('Python modules: commands and code evaluation', CASES);
