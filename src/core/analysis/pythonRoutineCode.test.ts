// Ordinary Python that rules once misread as a weakness (issue 12, Python false positives), each beside a twin that
// keeps the rule's recall. `tier` says what the rule must report on the snippet: a counted finding, a note, or nothing.
import { describeTierCases, type TierCase } from './tierCasesTestKit';

const CASES: TierCase[] = [
  {
    name: 'a password literal in a pytest module logs into the app under test',
    rule: 'hardcoded-password',
    code: 'import pytest\n\nTEST_PASSWORD = "fixture-pass-1"\n\n\ndef test_login(client):\n    assert client.post("/login", data={"password": TEST_PASSWORD}).status_code == 401\n',
    tier: 'note',
  },
  {
    name: 'the same literal in application code is a finding',
    rule: 'hardcoded-password',
    code: 'import requests\n\nADMIN_PASSWORD = "fixture-pass-1"\n\n\ndef login(session):\n    return session.post("/login", data={"password": ADMIN_PASSWORD})\n',
    tier: 'finding',
  },
  {
    name: 'a module reading back the pickles it writes to its own cache',
    rule: 'py-unsafe-deserialize',
    code: 'import hashlib\nimport pickle\nfrom pathlib import Path\nCACHE = Path.home() / ".cache" / "app"\n\n\nclass Cache:\n    def get(self, key):\n        path = CACHE / hashlib.sha256(key.encode()).hexdigest()\n        with open(path, "rb") as fh:\n            return pickle.load(fh)\n\n    def put(self, key, value):\n        path = CACHE / hashlib.sha256(key.encode()).hexdigest()\n        with open(path, "wb") as fh:\n            pickle.dump(value, fh)\n',
    tier: 'note',
  },
  {
    name: 'the same module unpickling bytes from a socket',
    rule: 'py-unsafe-deserialize',
    code: 'import pickle\nimport socket\n\n\ndef serve(sock: socket.socket, path):\n    conn, _ = sock.accept()\n    obj = pickle.loads(conn.recv(65536))\n    with open(path, "wb") as fh:\n        pickle.dump(obj, fh)\n',
    tier: 'finding',
  },
  {
    name: 'a module that only reads pickles it did not write',
    rule: 'py-unsafe-deserialize',
    code: 'import pickle\n\n\ndef load_model(path):\n    with open(path, "rb") as fh:\n        return pickle.load(fh)\n',
    tier: 'finding',
  },
  {
    name: 'counts, lengths and record keys in a log line are numbers',
    rule: 'log-injection',
    code: 'import logging\nfrom flask import request\nfrom .models import User\nlog = logging.getLogger(__name__)\n\n\ndef login():\n    user = User.query.filter_by(email=request.form["email"]).first()\n    rows = request.args.getlist("ids")\n    log.info("user %s logged in with %d ids", user.id, len(rows))\n',
    tier: 'none',
  },
  {
    name: 'the posted e-mail address itself in a log line',
    rule: 'log-injection',
    code: 'import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\n\n\ndef login():\n    email = request.form["email"]\n    log.info("login attempt for %s", email)\n',
    tier: 'finding',
  },
  {
    name: 'a Django record fetched by the URL capture is stored data, not the capture',
    rule: 'log-injection',
    code: 'import logging\nfrom django.shortcuts import get_object_or_404\nfrom .models import Invoice\nlog = logging.getLogger(__name__)\n\n\ndef paid(request, invoice_id):\n    invoice = get_object_or_404(Invoice, pk=invoice_id)\n    log.info("invoice %s paid", invoice.number)\n',
    tier: 'none',
  },
  {
    name: 'the Django URL capture itself in a log line',
    rule: 'log-injection',
    code: 'import logging\nlog = logging.getLogger(__name__)\n\n\ndef paid(request, slug):\n    log.info("article %s viewed", slug)\n',
    tier: 'finding',
  },
  {
    name: 'a FastAPI dependency (Depends, or an Annotated alias of it) is filled by the server',
    rule: 'log-injection',
    code: 'import logging\nfrom typing import Annotated\nfrom fastapi import APIRouter, Depends\nfrom .auth import current_user, get_db\nlog = logging.getLogger(__name__)\nrouter = APIRouter()\nDb = Annotated[object, Depends(get_db)]\n\n\n@router.get("/me")\ndef me(db: Db, user=Depends(current_user)):\n    log.info("profile read by %s via %s", user, db)\n',
    tier: 'none',
  },
  {
    name: 'a FastAPI query parameter is request data',
    rule: 'log-injection',
    code: 'import logging\nfrom fastapi import APIRouter, Depends\nfrom .auth import current_user\nlog = logging.getLogger(__name__)\nrouter = APIRouter()\n\n\n@router.get("/search")\ndef search(q: str, user=Depends(current_user)):\n    log.info("search %s", q)\n',
    tier: 'finding',
  },
  {
    name: 'a helper given the run folder opens fixed file names under it',
    rule: 'py-path-traversal',
    code: 'import os\nCONFIG = "config.yaml"\n\n\ndef load(run_dir):\n    with open(run_dir / CONFIG) as fh:\n        return fh.read()\n\n\ndef save(run_dir, text):\n    path = os.path.join(run_dir, "metrics", "last.json")\n    (run_dir / "notes.txt").write_text(text)\n    return open(path, "w")\n',
    tier: 'none',
  },
  {
    name: 'a helper given a file name opens it under a fixed folder',
    rule: 'py-path-traversal',
    code: 'from pathlib import Path\nBASE = Path("/srv/reports")\n\n\ndef load(name):\n    with open(BASE / name) as fh:\n        return fh.read()\n',
    tier: 'finding',
  },
  {
    name: 'a helper returns the next URL only when it has no host, else a fixed page',
    rule: 'open-redirect',
    code: 'from urllib.parse import urlparse\nfrom flask import redirect, request, url_for\n\n\ndef safe_next(target):\n    if not target:\n        return url_for("index")\n    if urlparse(target).netloc or not target.startswith("/"):\n        return url_for("index")\n    return target\n\n\ndef login():\n    return redirect(safe_next(request.args.get("next")))\n',
    tier: 'none',
  },
  {
    name: 'a helper that only fills in a missing next URL',
    rule: 'open-redirect',
    code: 'from flask import redirect, request, url_for\n\n\ndef next_or_home(target):\n    if not target:\n        return url_for("index")\n    return target\n\n\ndef login():\n    return redirect(next_or_home(request.args.get("next")))\n',
    tier: 'finding',
  },
  {
    name: 'any name bound to logging.getLogger is a logger',
    rule: 'log-injection',
    code: 'import logging\nfrom flask import request\naudit = logging.getLogger("audit")\n\n\ndef login():\n    audit.warning("failed login for " + request.form["user"])\n',
    tier: 'finding',
  },
  {
    name: 'an exit code of a command run with request data is a number',
    rule: 'log-injection',
    code: 'import logging\nimport subprocess\nfrom flask import request\nlog = logging.getLogger(__name__)\n\n\ndef ping():\n    result = subprocess.run(["ping", "-c", "1", "--", request.form["host"]])\n    log.error("ping failed with %s", result.returncode)\n',
    tier: 'none',
  },
  {
    name: 'a module that round-trips pickles through files its caller names',
    rule: 'py-unsafe-deserialize',
    code: 'import pickle\n\n\ndef load(file_path):\n    with open(file_path, "rb") as fh:\n        return pickle.loads(fh.read())\n\n\ndef save(data, file_path):\n    with open(file_path, "wb") as fh:\n        fh.write(pickle.dumps(data))\n',
    tier: 'finding',
  },
  {
    name: 'a format whose every placeholder is numeric prints digits only',
    rule: 'log-injection',
    code: 'import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\n\n\ndef create(db):\n    note_id = db.insert(request.json["title"])\n    log.info("note %d created in %.2f s", note_id, 0.5)\n',
    tier: 'none',
  },
  {
    name: 'the same value through %s',
    rule: 'log-injection',
    code: 'import logging\nfrom flask import request\nlog = logging.getLogger(__name__)\n\n\ndef create(db):\n    title = request.json["title"]\n    log.info("note %s created", title)\n',
    tier: 'finding',
  },
  {
    name: 'a profiler running the script file it was given',
    rule: 'py-exec-code',
    code: 'import runpy\n\n\ndef run_file(path, scope):\n    with open(path, "rb") as handle:\n        code = compile(handle.read(), path, "exec")\n    exec(code, scope)\n',
    tier: 'note',
  },
  {
    name: 'the same loader running a command-line argument as code',
    rule: 'py-exec-code',
    code: 'import sys\n\n\ndef run_arg(scope):\n    exec(sys.argv[1], scope)\n',
    tier: 'finding',
  },
  {
    name: 'a getter generated from a name the class holds',
    rule: 'py-exec-code',
    code: 'class Record:\n    fields = ("title", "year")\n\n    @classmethod\n    def _build(cls):\n        for field in cls.fields:\n            body = "def get(self):\\n    return self.%s\\n" % field\n            ns = {}\n            exec(body, ns)\n',
    tier: 'note',
  },
  {
    name: 'an expression handed to a public function is evaluated',
    rule: 'py-eval-injection',
    code: 'def compute(expression):\n    return eval(expression)\n',
    tier: 'finding',
  },
  {
    name: 'a module that imports compile from re calls no builtin compile',
    rule: 'py-exec-code',
    code: 'from re import compile\n\n\ndef matcher(pattern):\n    return compile(pattern)\n',
    tier: 'none',
  },
  {
    name: "the builtin compile of a caller's source",
    rule: 'py-exec-code',
    code: 'import re\n\n\ndef compile_source(source):\n    return compile(source, "<src>", "exec")\n',
    tier: 'finding',
  },
  {
    name: 'a documentation link inside an error message about a token',
    rule: 'credentials-over-http',
    code: 'TOKEN_HINT = (\n    "The access token was refused. "\n    "Read how to renew it at "\n    "http://help.vendor.example.net/renew"\n)\n',
    tier: 'none',
  },
  {
    name: 'the same host as the endpoint a token is sent to',
    rule: 'credentials-over-http',
    code: 'import requests\n\nBASE = "http://help.vendor.example.net/api/"\n\n\ndef renew(token):\n    return requests.post(BASE + "renew", headers={"Authorization": token})\n',
    tier: 'finding',
  },
  {
    name: 'the link-local instance metadata service, which answers plain HTTP only',
    rule: 'plaintext-endpoint',
    code: 'import requests\n\nROLE_URL = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"\n\n\ndef role_token():\n    return requests.get(ROLE_URL, timeout=2).text\n',
    tier: 'note',
  },
];

describeTierCases('ordinary Python read correctly', CASES);
