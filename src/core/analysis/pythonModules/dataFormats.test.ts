// Deserialisation (502), XML (611), regular expressions (1333) and resource limits (400/770) in library, CLI, socket
// and framework styles; our own modules.
import { describeModuleCases, type ModuleCase } from './moduleCasesTestKit';

const CASES: ModuleCase[] = [
  {
    name: 'a cache class unpickles what a socket sends; fixed with json',
    cwe: 'CWE-502',
    vulnerable: `import pickle
import socket


class CacheClient:
    def __init__(self, sock):
        self.sock = sock

    def get(self):
        data = self.sock.recv(65536)
        return pickle.loads(data)
`,
    fixed: `import json
import socket


class CacheClient:
    def __init__(self, sock):
        self.sock = sock

    def get(self):
        data = self.sock.recv(65536)
        return json.loads(data)
`,
  },
  {
    name: 'a config loader reads YAML from a path it is given; fixed with yaml.safe_load',
    cwe: 'CWE-502',
    vulnerable: `import yaml


def load_config(text):
    return yaml.load(text, Loader=yaml.Loader)
`,
    fixed: `import yaml


def load_config(text):
    return yaml.safe_load(text)
`,
  },
  {
    name: 'signed session blob checked with hmac.compare_digest before unpickling',
    cwe: 'CWE-502',
    vulnerable: `import base64
import pickle
from flask import request

SECRET = b"k"


def session_data():
    blob = base64.b64decode(request.cookies["session"])
    return pickle.loads(blob[32:])
`,
    fixed: `import base64
import hashlib
import hmac
import os
import pickle
from flask import request

SECRET = os.environ["SESSION_KEY"].encode()


def session_data():
    blob = base64.b64decode(request.cookies["session"])
    sig, body = blob[:32], blob[32:]
    expected = hmac.new(SECRET, body, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        raise ValueError("bad signature")
    return pickle.loads(body)
`,
  },
  {
    name: 'an importer parses uploaded XML with lxml resolving entities; fixed with defusedxml',
    cwe: 'CWE-611',
    vulnerable: `from lxml import etree
from django.http import JsonResponse


def import_feed(request):
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.body, parser)
    return JsonResponse({"items": len(root)})
`,
    fixed: `from defusedxml import ElementTree
from django.http import JsonResponse


def import_feed(request):
    root = ElementTree.fromstring(request.body)
    return JsonResponse({"items": len(root)})
`,
  },
  {
    name: 'a validator module with a nested-quantifier pattern on input; fixed with a linear pattern',
    cwe: 'CWE-1333',
    vulnerable: `import re
from flask import request

EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@example\\.com$")


def check_email():
    return bool(EMAIL.match(request.form["email"]))
`,
    fixed: `import re
from flask import request

EMAIL = re.compile(r"^[a-zA-Z0-9]+@example\\.com$")


def check_email():
    return bool(EMAIL.match(request.form["email"]))
`,
  },
  {
    name: 'a socket server reads until the peer stops; fixed with a size limit',
    cwe: 'CWE-400',
    vulnerable: `import socket


def handle(conn):
    chunks = []
    while True:
        data = conn.recv(4096)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)
`,
    fixed: `import socket

MAX_BYTES = 1 << 20


def handle(conn):
    chunks = []
    total = 0
    while True:
        data = conn.recv(4096)
        if not data:
            break
        total += len(data)
        if total > MAX_BYTES:
            raise ValueError("message too large")
        chunks.append(data)
    return b"".join(chunks)
`,
  },
  {
    name: 'a request-sized allocation; fixed with an upper bound',
    cwe: 'CWE-770',
    vulnerable: `from flask import Flask, request

app = Flask(__name__)


@app.route("/pad")
def pad():
    n = int(request.args["n"])
    return "x" * n
`,
    fixed: `from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/pad")
def pad():
    n = int(request.args["n"])
    if n < 0 or n > 4096:
        abort(400)
    return "x" * n
`,
  },
];

describeModuleCases('Python modules: deserialisation, XML, patterns and limits', CASES);
