// Table-driven rule tests: for each rule a vulnerable snippet that must be flagged with the rule's CWE
// and a safe counterpart (the secure idiom) that must not be.
import { expectRuleSeparates } from './ruleTestKit';
import { describe, it } from 'vitest';
import type { Language } from '../task/Task';

type Case = [rule: string, language: Language, vulnerable: string, safe: string];

const CASES: Case[] = [
  [
    'py-shell-command',
    'python',
    'import os\ndef f(h):\n    os.system("ping " + h)\n',
    'import subprocess\ndef f(h):\n    subprocess.run(["ping", h])\n',
  ],
  [
    'py-shell-command',
    'python',
    'import subprocess\ndef f(h):\n    subprocess.run(f"ls {h}", shell=True)\n',
    'import subprocess\ndef f(h):\n    subprocess.run(["ls", h], shell=False)\n',
  ],
  [
    'js-shell-command',
    'javascript',
    'const { exec } = require("child_process");\nfunction f(h) { exec(`ping ${h}`); }\n',
    'const { execFile } = require("child_process");\nfunction f(h) { execFile("ping", [h]); }\n',
  ],
  [
    'c-shell-command',
    'c',
    'int main(int argc, char **argv) { char c[64]; snprintf(c, sizeof c, "ls %s", argv[1]); return system(c); }\n',
    'int main(void) { return system("ls"); }\n',
  ],
  [
    'java-shell-command',
    'java',
    'class A { void f(String h) throws Exception { Runtime.getRuntime().exec("ping " + h); } }\n',
    'class A { void f(String h) throws Exception { new ProcessBuilder("ping", h).start(); } }\n',
  ],
  [
    'go-shell-command',
    'go',
    'package m\nfunc f(h string) { exec.Command("sh", "-c", "ping "+h).Run() }\n',
    'package m\nfunc f(h string) { exec.Command("ping", h).Run() }\n',
  ],
  [
    'php-shell-command',
    'php',
    '<?php\nsystem("ping " . $_GET["h"]);\n',
    '<?php\nsystem("ping " . escapeshellarg($_GET["h"]));\n',
  ],
  [
    'py-sql-built',
    'python',
    'def f(c, n):\n    c.execute("SELECT * FROM u WHERE n = \'%s\'" % n)\n',
    'def f(c, n):\n    c.execute("SELECT * FROM u WHERE n = %s", (n,))\n',
  ],
  [
    'js-sql-built',
    'javascript',
    'function f(db, n) { return db.query("SELECT * FROM u WHERE n = \'" + n + "\'"); }\n',
    'function f(db, n) { return db.query("SELECT * FROM u WHERE n = ?", [n]); }\n',
  ],
  [
    'java-sql-built',
    'java',
    'class A { void f(Statement s, String n) throws Exception { s.executeQuery("SELECT * FROM u WHERE n=\'" + n + "\'"); } }\n',
    'class A { void f(Connection c, String n) throws Exception { PreparedStatement p = c.prepareStatement("SELECT * FROM u WHERE n=?"); p.setString(1, n); } }\n',
  ],
  [
    'go-sql-built',
    'go',
    'package m\nfunc f(n string) { db.Query(fmt.Sprintf("SELECT * FROM u WHERE n=\'%s\'", n)) }\n',
    'package m\nfunc f(n string) { db.Query("SELECT * FROM u WHERE n=$1", n) }\n',
  ],
  [
    'php-sql-built',
    'php',
    '<?php\n$r = mysqli_query($c, "SELECT * FROM u WHERE n=\'" . $_GET["n"] . "\'");\n',
    '<?php\n$s = $pdo->prepare("SELECT * FROM u WHERE n = ?");\n$s->execute([$_GET["n"]]);\n',
  ],
  [
    'py-reflected-xss',
    'python',
    'from flask import request\n@app.route("/")\ndef f():\n    n = request.args.get("n")\n    return f"<p>{n}</p>"\n',
    'from flask import request\nfrom html import escape\n@app.route("/")\ndef f():\n    n = request.args.get("n")\n    return f"<p>{escape(n)}</p>"\n',
  ],
  [
    'js-dom-html-sink',
    'javascript',
    'function f(el, s) { el.innerHTML = s; }\n',
    'function f(el, s) { el.textContent = s; }\n',
  ],
  [
    'php-reflected-xss',
    'php',
    '<?php\necho "Hi " . $_GET["n"];\n',
    '<?php\necho "Hi " . htmlspecialchars($_GET["n"]);\n',
  ],
  [
    'py-path-traversal',
    'python',
    'from flask import request\ndef f():\n    p = request.args["p"]\n    return open("/data/" + p).read()\n',
    'import os\nfrom flask import request\ndef f():\n    p = os.path.realpath(os.path.join("/data", request.args["p"]))\n    if not p.startswith("/data/"):\n        return ""\n    return open(p).read()\n',
  ],
  [
    'js-path-traversal',
    'javascript',
    'app.get("/", (req, res) => { fs.readFile("/d/" + req.query.f, () => {}); });\n',
    'app.get("/", (req, res) => { fs.readFile("/d/" + path.basename(req.query.f), () => {}); });\n',
  ],
  [
    'py-eval-exec',
    'python',
    'def f(s):\n    return eval(s)\n',
    'import ast\ndef f(s):\n    return ast.literal_eval(s)\n',
  ],
  ['js-eval', 'javascript', 'function f(s) { return eval(s); }\n', 'function f(s) { return JSON.parse(s); }\n'],
  [
    'py-unsafe-deserialize',
    'python',
    'import yaml\ndef f(s):\n    return yaml.load(s)\n',
    'import yaml\ndef f(s):\n    return yaml.safe_load(s)\n',
  ],
  [
    'php-unserialize',
    'php',
    '<?php\n$o = unserialize($_COOKIE["c"]);\n',
    '<?php\n$o = json_decode($_COOKIE["c"], true);\n',
  ],
  [
    'py-weak-hash',
    'python',
    'import hashlib\ndef hash_password(pw):\n    return hashlib.md5(pw.encode()).hexdigest()\n',
    'import hashlib\ndef hash_password(pw, salt):\n    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600000)\n',
  ],
  [
    'py-weak-cipher',
    'python',
    'from Crypto.Cipher import DES\ndef f(k):\n    return DES.new(k, DES.MODE_ECB)\n',
    'from Crypto.Cipher import AES\ndef f(k):\n    return AES.new(k, AES.MODE_GCM)\n',
  ],
  [
    'java-weak-crypto',
    'java',
    'class A { void f() throws Exception { Cipher.getInstance("DES/ECB/PKCS5Padding"); } }\n',
    'class A { void f() throws Exception { Cipher.getInstance("AES/GCM/NoPadding"); } }\n',
  ],
  [
    'py-insecure-random',
    'python',
    'import random\ndef make_token():\n    return random.randint(0, 10**9)\n',
    'import secrets\ndef make_token():\n    return secrets.token_hex(16)\n',
  ],
  [
    'js-insecure-random',
    'javascript',
    'function makeToken() { return Math.random().toString(36); }\n',
    'function makeToken() { return crypto.randomBytes(16).toString("hex"); }\n',
  ],
  [
    'hardcoded-credentials',
    'python',
    'DB_PASSWORD = "s3cr3t-Value"\n',
    'import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n',
  ],
  [
    'py-tls-verify-off',
    'python',
    'import requests\nrequests.get(u, verify=False)\n',
    'import requests\nrequests.get(u, verify=True)\n',
  ],
  [
    'tls-verify-flag-off',
    'go',
    'package m\nvar c = &tls.Config{InsecureSkipVerify: true}\n',
    'package m\nvar c = &tls.Config{MinVersion: tls.VersionTLS12}\n',
  ],
  [
    'tls-verify-flag-off',
    'javascript',
    'https.request({ host: h, rejectUnauthorized: false });\n',
    'https.request({ host: h, rejectUnauthorized: true });\n',
  ],
  [
    'insecure-temp-file',
    'python',
    'import tempfile\np = tempfile.mktemp()\n',
    'import tempfile\nf = tempfile.NamedTemporaryFile()\n',
  ],
  [
    'py-xxe',
    'python',
    'from lxml import etree\np = etree.XMLParser(resolve_entities=True)\n',
    'from lxml import etree\np = etree.XMLParser(resolve_entities=False)\n',
  ],
  [
    'java-xxe',
    'java',
    'class A { void f() { DocumentBuilderFactory d = DocumentBuilderFactory.newInstance(); } }\n',
    'class A { void f() throws Exception { DocumentBuilderFactory d = DocumentBuilderFactory.newInstance(); d.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); } }\n',
  ],
  [
    'ssrf-request-url',
    'python',
    'import requests\nfrom flask import request\ndef f():\n    return requests.get(request.args["url"]).text\n',
    'import requests\nfrom flask import request\ndef f():\n    return requests.get("https://api.example.com/users/" + request.args["id"]).text\n',
  ],
  [
    'open-redirect',
    'python',
    'from flask import request, redirect\ndef f():\n    return redirect(request.args["next"])\n',
    'from flask import request, redirect, url_for\ndef f():\n    return redirect(url_for("home"))\n',
  ],
  [
    'regex-injection',
    'python',
    'import re\nfrom flask import request\ndef f():\n    return re.search(request.args["p"], "x")\n',
    'import re\nfrom flask import request\ndef f():\n    return re.search(re.escape(request.args["p"]), "x")\n',
  ],
  ['py-debug-mode', 'python', 'app.run(debug=True)\n', 'app.run(debug=False)\n'],
  [
    'py-jwt-no-verify',
    'python',
    'import jwt\ndef f(t):\n    return jwt.decode(t, options={"verify_signature": False})\n',
    'import jwt\ndef f(t, k):\n    return jwt.decode(t, k, algorithms=["HS256"])\n',
  ],
  [
    'weak-key-size',
    'python',
    'from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n',
    'from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n',
  ],
  ['world-writable-permissions', 'python', 'import os\nos.chmod("f", 0o777)\n', 'import os\nos.chmod("f", 0o600)\n'],
  ['c-gets', 'c', 'void f(void) { char b[8]; gets(b); }\n', 'void f(void) { char b[8]; fgets(b, sizeof b, stdin); }\n'],
  [
    'c-unbounded-copy',
    'c',
    'void f(const char *s) { char b[8]; strcpy(b, s); }\n',
    'void f(const char *s) { char b[8]; snprintf(b, sizeof b, "%s", s); }\n',
  ],
  ['c-format-string', 'c', 'void f(const char *s) { printf(s); }\n', 'void f(const char *s) { printf("%s", s); }\n'],
  [
    'c-unchecked-copy-length',
    'c',
    'void f(char *d, const char *s, size_t n) { memcpy(d, s, n); }\n',
    'void f(char *d, const char *s, size_t n) { if (n > 16) return; memcpy(d, s, n); }\n',
  ],
  [
    'c-unchecked-alloc',
    'c',
    'void f(size_t n) { char *p = malloc(n); p[0] = 1; }\n',
    'void f(size_t n) { char *p = malloc(n); if (p == NULL) return; p[0] = 1; }\n',
  ],
  ['c-use-after-free', 'c', 'void f(char *p) { free(p); p[0] = 1; }\n', 'void f(char *p) { free(p); p = NULL; }\n'],
  ['c-double-free', 'c', 'void f(char *p) { free(p); free(p); }\n', 'void f(char *p) { free(p); }\n'],
  [
    'c-alloc-size-overflow',
    'c',
    'void *f(size_t n, size_t m) { return malloc(n * m); }\n',
    'void *f(size_t n, size_t m) { return calloc(n, m); }\n',
  ],
];

describe('analyser rules', () => {
  it.each(CASES)(
    '%s (%s) flags the vulnerable snippet and not the safe one',
    async (rule, language, vulnerable, safe) => {
      await expectRuleSeparates(rule, language, vulnerable, safe);
    },
  );
});
