// Rules added in the analyser follow-up (KB agreement, session/cookie/credential signals, C precision):
// each vulnerable snippet is flagged by its rule and the secure idiom is not.
import { expectRuleSeparates } from './ruleTestKit';
import { describe, expect, it } from 'vitest';
import { analyzeCode } from './analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { createRuleContext } from './RuleContext';

type Case = [rule: string, language: Language, vulnerable: string, safe: string];

const CASES: Case[] = [
  [
    'php-short-echo-unescaped',
    'php',
    '<ul><?php foreach ($rows as $r): ?><li><?= $r["name"] ?></li><?php endforeach; ?></ul>\n',
    '<ul><?php foreach ($rows as $r): ?><li><?= htmlspecialchars($r["name"], ENT_QUOTES) ?></li><?php endforeach; ?></ul>\n',
  ],
  [
    'path-prefix-authorization',
    'javascript',
    "app.use((req, res, next) => { if (req.path.startsWith('/admin') && req.session.role !== 'admin') return res.sendStatus(403); next(); });\n",
    "app.use('/admin', requireAdmin, adminRoutes);\nfunction requireAdmin(req, res, next) { if (req.session.role !== 'admin') return res.sendStatus(403); next(); }\n",
  ],
  [
    'c-command-stream-injection',
    'c',
    'int plot(const char *t) { FILE *gp = popen("gnuplot", "w"); fprintf(gp, "set title \\"%s\\"\\n", t); return pclose(gp); }\nint main(int argc, char **argv) { return plot(argv[1]); }\n',
    'int plot(const char *t) { if (strpbrk(t, "\\"\\n") != NULL) return -1; FILE *gp = popen("gnuplot", "w"); fprintf(gp, "set title \\"%s\\"\\n", t); return pclose(gp); }\nint main(int argc, char **argv) { return plot(argv[1]); }\n',
  ],
  [
    'cookie-httponly-off',
    'python',
    'def f(resp, v):\n    resp.set_cookie("session", v, secure=True, httponly=False)\n',
    'def f(resp, v):\n    resp.set_cookie("session", v, secure=True, httponly=True)\n',
  ],
  [
    'cookie-httponly-off',
    'go',
    'func f(w http.ResponseWriter, id string) { http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true}) }\n',
    'func f(w http.ResponseWriter, id string) { http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true, HttpOnly: true}) }\n',
  ],
  [
    'cookie-secure-off',
    'javascript',
    "res.cookie('sid', sid, { httpOnly: true, secure: false });\n",
    "res.cookie('sid', sid, { httpOnly: true, secure: true });\n",
  ],
  [
    'cookie-secure-off',
    'java',
    'class A { void f(HttpServletResponse r, String v) { Cookie c = new Cookie("session", v); c.setHttpOnly(true); r.addCookie(c); } }\n',
    'class A { void f(HttpServletResponse r, String v) { Cookie c = new Cookie("session", v); c.setHttpOnly(true); c.setSecure(true); r.addCookie(c); } }\n',
  ],
  [
    'script-written-token-cookie',
    'javascript',
    'function f(token) { document.cookie = `token=${token}; secure`; }\n',
    'function f(theme) { document.cookie = `theme=${theme}; secure`; }\n',
  ],
  [
    'login-keeps-session-id',
    'php',
    "<?php\nif (!password_verify($p, $u['hash'])) exit('no');\n$_SESSION['user_id'] = $u['id'];\n",
    "<?php\nif (!password_verify($p, $u['hash'])) exit('no');\nsession_regenerate_id(true);\n$_SESSION['user_id'] = $u['id'];\n",
  ],
  [
    'session-id-from-request',
    'python',
    'def start(request, uid):\n    sid = request.cookies.get("sid") or new_id()\n    SESSIONS[sid] = uid\n',
    'def start(request, uid):\n    sid = new_id()\n    SESSIONS[sid] = uid\n',
  ],
  [
    'weak-password-minimum',
    'python',
    'def check(password):\n    if len(password) < 6:\n        raise ValueError("short")\n',
    'def check(password):\n    if len(password) < 12:\n        raise ValueError("short")\n',
  ],
  [
    'timing-unsafe-secret-compare',
    'python',
    'def ok(signature, expected):\n    return signature == expected\n',
    'import hmac\ndef ok(signature, expected):\n    return hmac.compare_digest(signature, expected)\n',
  ],
  [
    'timing-unsafe-secret-call',
    'c',
    'int ok(const unsigned char *mac, const unsigned char *tag) { return memcmp(mac, tag, 16) == 0; }\n',
    'int ok(const unsigned char *mac, const unsigned char *tag) { return CRYPTO_memcmp(mac, tag, 16) == 0; }\n',
  ],
  [
    'check-then-open',
    'python',
    'import os\ndef w(p):\n    if os.path.exists(p):\n        return\n    with open(p, "w") as f:\n        f.write("x")\n',
    'import os\ndef w(p):\n    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)\n    os.close(fd)\n',
  ],
  [
    'c-double-free-path',
    'c',
    'int f(void) { char *b = malloc(8); if (g(b)) { free(b); goto out; } out: free(b); return 0; }\n',
    'int f(void) { char *b = malloc(8); if (g(b)) { goto out; } out: free(b); return 0; }\n',
  ],
  [
    'c-double-free-path',
    'c',
    'static int send_it(int fd, char *m) { if (write(fd, m, 1) < 0) { free(m); return -1; } return 0; }\nint r(int fd) { char *m = strdup("x"); int rc = send_it(fd, m); free(m); return rc; }\n',
    'static int send_it(int fd, char *m) { if (write(fd, m, 1) < 0) return -1; return 0; }\nint r(int fd) { char *m = strdup("x"); int rc = send_it(fd, m); free(m); return rc; }\n',
  ],
  [
    'c-dangerous-function',
    'c',
    'int port(const char *v) { return atoi(v); }\n',
    'int port(const char *v) { char *e; long p = strtol(v, &e, 10); return *e ? -1 : (int)p; }\n',
  ],
  [
    'secret-logged',
    'python',
    'def login(log, username, password):\n    log.info("user=%s password=%s", username, password)\n',
    'def login(log, username, password):\n    log.info("user=%s", username)\n',
  ],
  [
    'secret-stored-raw',
    'java',
    'class A { void f(PreparedStatement ps, String cardNumber) throws Exception { ps = c.prepareStatement("INSERT INTO cards VALUES (?, ?)"); ps.setString(2, cardNumber); } }\n',
    'class A { void f(PreparedStatement ps, String cardNumber) throws Exception { ps = c.prepareStatement("INSERT INTO cards VALUES (?, ?)"); ps.setString(2, gateway.tokenize(cardNumber)); } }\n',
  ],
  [
    'secret-kept-as-is',
    'javascript',
    'function save(password) { const stored = password; db.put(stored); }\n',
    'async function save(password) { const stored = await bcrypt.hash(password, 12); db.put(stored); }\n',
  ],
  [
    'credentials-over-http',
    'python',
    'import requests\nAPI = "http://api.example.com"\ndef f(u, password):\n    return requests.post(API, json={"user": u, "password": password})\n',
    'import requests\nAPI = "https://api.example.com"\ndef f(u, password):\n    return requests.post(API, json={"user": u, "password": password})\n',
  ],
  [
    'reversible-credential-token',
    'php',
    "<?php\n$v = base64_encode($email . ':' . $password);\n",
    '<?php\n$v = bin2hex(random_bytes(32));\n',
  ],
  [
    'credential-file-default-mode',
    'python',
    'CREDENTIALS_FILE = "creds.json"\ndef save(data):\n    with open(CREDENTIALS_FILE, "w") as fh:\n        fh.write(data)\n',
    'import os\nCREDENTIALS_FILE = "creds.json"\ndef save(data):\n    fd = os.open(CREDENTIALS_FILE, os.O_WRONLY | os.O_CREAT, 0o600)\n    os.write(fd, data)\n',
  ],
  [
    'c-path-traversal',
    'c',
    'static int send(const char *name) { char p[256]; snprintf(p, sizeof p, "/srv/%s", name); FILE *f = fopen(p, "rb"); return f != NULL; }\nint main(int argc, char **argv) { return send(argv[1]); }\n',
    'static int send(const char *name) { char p[256], r[4096]; snprintf(p, sizeof p, "/srv/%s", name); if (realpath(p, r) == NULL || strncmp(r, "/srv/", 5) != 0) return 0; FILE *f = fopen(r, "rb"); return f != NULL; }\nint main(int argc, char **argv) { return send(argv[1]); }\n',
  ],
  [
    'identity-from-client',
    'java',
    'class A { String u(HttpServletRequest req) { String user = null; for (Cookie c : req.getCookies()) { if ("username".equals(c.getName())) user = c.getValue(); } return user; } }\n',
    'class A { String u(HttpServletRequest req) { HttpSession s = req.getSession(false); return s == null ? null : (String) s.getAttribute("username"); } }\n',
  ],
  [
    'request-sized-allocation',
    'typescript',
    "app.get('/p', (req, res) => { const size = Number(req.query.size ?? 0); if (size < 0) return res.sendStatus(400); res.send(Buffer.alloc(size)); });\n",
    "const MAX = 1024;\napp.get('/p', (req, res) => { const size = Number(req.query.size ?? 0); if (size < 0 || size > MAX) return res.sendStatus(400); res.send(Buffer.alloc(size)); });\n",
  ],
  [
    'login-without-rate-limit',
    'javascript',
    "const bcrypt = require('bcrypt');\napp.post('/api/login', async (req, res) => { res.json({ ok: await bcrypt.compare(req.body.password, h) }); });\n",
    "const bcrypt = require('bcrypt');\nconst loginLimiter = rateLimit({ max: 10 });\napp.post('/api/login', loginLimiter, async (req, res) => { res.json({ ok: await bcrypt.compare(req.body.password, h) }); });\n",
  ],
  [
    'alloc-without-terminator',
    'c',
    'char *dup(const char *s) { size_t len = strlen(s); char *out = malloc(len); if (!out) return 0; memcpy(out, s, len); out[len] = 0; return out; }\n',
    'char *dup(const char *s) { size_t len = strlen(s); char *out = malloc(len + 1); if (!out) return 0; memcpy(out, s, len); out[len] = 0; return out; }\n',
  ],
  [
    'c-stack-copy-unbounded',
    'c',
    'int h(const unsigned char *p, size_t n) { char name[64]; size_t l = p[0]; if (l > n - 1) return -1; memcpy(name, p + 1, l); return 0; }\n',
    'int h(const unsigned char *p, size_t n) { char name[64]; size_t l = p[0]; if (l > n - 1 || l >= sizeof name) return -1; memcpy(name, p + 1, l); return 0; }\n',
  ],
  [
    'c-vla-from-input',
    'c',
    'void shout(const char *m) { size_t len = strlen(m); char tmp[len + 1]; memcpy(tmp, m, len + 1); puts(tmp); }\n',
    '#define MAX 64\nvoid shout(const char *m) { size_t len = strlen(m); if (len > MAX) len = MAX; char tmp[MAX + 1]; memcpy(tmp, m, len); tmp[len] = 0; puts(tmp); }\n',
  ],
  [
    'cpp-copy-double-delete',
    'cpp',
    'class B { public: B(int n) : d(new char[n]) {} ~B() { delete[] d; } private: char *d; };\n',
    'class B { public: B(int n) : d(new char[n]) {} B(const B &) = delete; B &operator=(const B &) = delete; ~B() { delete[] d; } private: char *d; };\n',
  ],
  [
    'check-then-open-stream',
    'cpp',
    'bool f(const fs::path &p) { if (fs::exists(p)) return false; std::ofstream out(p, std::ios::binary); return true; }\n',
    'bool f(const fs::path &p) { std::ofstream out(p, std::ios::binary | std::ios::noreplace); return true; }\n',
  ],
  [
    'login-timing-user-enumeration',
    'python',
    'def login(name, pw):\n    user = find(name)\n    if user is None:\n        return None\n    return bcrypt.checkpw(pw, user.hash)\n',
    'def login(name, pw):\n    user = find(name)\n    ok = bcrypt.checkpw(pw, user.hash if user else DUMMY)\n    return user if ok and user else None\n',
  ],
  [
    'c-unchecked-index-write',
    'c',
    "int u(const char *r) { char name[32]; size_t i = 0; while (r[i] != ':' && r[i] != '\\0') { name[i] = r[i]; i++; } name[i] = 0; return 0; }\n",
    "int u(const char *r) { char name[32]; size_t i = 0; while (r[i] != ':' && r[i] != '\\0' && i < sizeof name - 1) { name[i] = r[i]; i++; } name[i] = 0; return 0; }\n",
  ],
  [
    'js-prototype-pollution',
    'javascript',
    'function merge(t, s) { for (const k in s) { if (typeof s[k] === "object") merge(t[k] = t[k] || {}, s[k]); else t[k] = s[k]; } return t; }\n',
    'function merge(t, s) { for (const k of Object.keys(s)) { if (k === "__proto__" || k === "constructor") continue; if (typeof s[k] === "object") merge(t[k] = t[k] || {}, s[k]); else t[k] = s[k]; } return t; }\n',
  ],
  [
    'py-class-pollution',
    'python',
    'def merge(src, dst):\n    for key, value in src.items():\n        if isinstance(value, dict):\n            merge(value, getattr(dst, key))\n        else:\n            setattr(dst, key, value)\n',
    'def merge(src, dst):\n    for key, value in src.items():\n        if key.startswith("_") or key not in vars(dst):\n            continue\n        if isinstance(value, dict):\n            merge(value, getattr(dst, key))\n        else:\n            setattr(dst, key, value)\n',
  ],
  [
    'mass-assignment',
    'javascript',
    'app.put("/me", (req, res) => { Object.assign(req.user, req.body); res.end(); });\n',
    'app.put("/me", (req, res) => { for (const k of ["name", "email"]) if (Object.hasOwn(req.body, k)) req.user[k] = req.body[k]; res.end(); });\n',
  ],
  [
    'mass-assignment',
    'python',
    'from flask import request\ndef create():\n    data = dict(request.get_json())\n    return User(**data)\n',
    'from flask import request\ndef create():\n    body = request.get_json()\n    data = {"name": str(body["name"])}\n    return User(**data)\n',
  ],
  [
    'plaintext-endpoint',
    'typescript',
    'export function live(host: string, token: string) { return new WebSocket(`ws://${host}/live?t=${token}`); }\n',
    'export function live(host: string, token: string) { return new WebSocket(`wss://${host}/live?t=${token}`); }\n',
  ],
  [
    'plaintext-server',
    'python',
    'import smtplib\ndef send(pw):\n    with smtplib.SMTP("relay", 587) as s:\n        s.login("u", pw)\n',
    'import smtplib, ssl\ndef send(pw):\n    with smtplib.SMTP("relay", 587) as s:\n        s.starttls(context=ssl.create_default_context())\n        s.login("u", pw)\n',
  ],
  [
    'js-request-keyed-dictionary',
    'javascript',
    "const votes = {};\napp.post('/v/:poll', (req, res) => { const poll = String(req.params.poll); const option = String(req.body.option); const tally = votes[poll] || (votes[poll] = {}); tally[option] = (tally[option] || 0) + 1; res.end(); });\n",
    "const votes = new Map();\napp.post('/v/:poll', (req, res) => { const poll = String(req.params.poll); const option = String(req.body.option); const tally = votes.get(poll) ?? votes.set(poll, new Map()).get(poll); tally.set(option, (tally.get(option) ?? 0) + 1); res.end(); });\n",
  ],
];

describe('analyser follow-up rules', () => {
  it.each(CASES)(
    '%s (%s): flags the vulnerable snippet, not the safe one',
    async (rule, language, vulnerable, safe) => {
      await expectRuleSeparates(rule, language, vulnerable, safe);
    },
  );

  it('builds each function PDG once per analysis and shares it across rules', async () => {
    const tree = await nodeParser().parse('int f(int i) { int a[4]; a[i] = 1; return a[i]; }\n', 'c');
    try {
      const ctx = createRuleContext(tree, '');
      const fn = tree.root.descendantsOfType('function_definition')[0];
      expect(fn).toBeTruthy();
      if (!fn) return;
      const first = ctx.pdg(fn);
      expect(first?.statements.length).toBeGreaterThan(0);
      expect(ctx.pdg(fn)).toBe(first);
      expect(ctx.callAt(fn)).toBe(ctx.callAt(fn));
    } finally {
      tree.dispose();
    }
  });

  it('does not flag a memcpy whose destination was allocated from the same length', async () => {
    const code = 'void f(const char *d, size_t n) { char *p = malloc(n + 8); if (!p) return; memcpy(p, d, n); }\n';
    const record = await analyzeCode(code, 'c', nodeParser());
    expect(record.findings.map((f) => f.rule)).not.toContain('c-unchecked-copy-length');
  });

  it('flags an allocation only when its first use dereferences it before a NULL test', async () => {
    const deref = await analyzeCode(
      'void f(size_t n) { char *p = malloc(n); p[0] = 1; if (!p) return; }\n',
      'c',
      nodeParser(),
    );
    const handedOn = await analyzeCode(
      'void f(size_t n) { char *p = malloc(n); g(p); p[0] = 1; }\n',
      'c',
      nodeParser(),
    );
    expect(deref.findings.map((f) => f.rule)).toContain('c-unchecked-alloc');
    expect(handedOn.findings.map((f) => f.rule)).not.toContain('c-unchecked-alloc');
  });
});
