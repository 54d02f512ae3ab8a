// Rules added in the analyser follow-up (KB agreement, session/cookie/credential signals, C precision):
// each vulnerable snippet is flagged by its rule and the secure idiom is not.
import { describe, expect, it } from 'vitest';
import { analyzeCode } from './analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';

type Case = [rule: string, language: Language, vulnerable: string, safe: string];

const CASES: Case[] = [
  ['php-short-echo-unescaped', 'php', '<ul><?php foreach ($rows as $r): ?><li><?= $r["name"] ?></li><?php endforeach; ?></ul>\n', '<ul><?php foreach ($rows as $r): ?><li><?= htmlspecialchars($r["name"], ENT_QUOTES) ?></li><?php endforeach; ?></ul>\n'],
  ['path-prefix-authorization', 'javascript', "app.use((req, res, next) => { if (req.path.startsWith('/admin') && req.session.role !== 'admin') return res.sendStatus(403); next(); });\n", "app.use('/admin', requireAdmin, adminRoutes);\nfunction requireAdmin(req, res, next) { if (req.session.role !== 'admin') return res.sendStatus(403); next(); }\n"],
  ['c-command-stream-injection', 'c', 'int plot(const char *t) { FILE *gp = popen("gnuplot", "w"); fprintf(gp, "set title \\"%s\\"\\n", t); return pclose(gp); }\nint main(int argc, char **argv) { return plot(argv[1]); }\n', 'int plot(const char *t) { if (strpbrk(t, "\\"\\n") != NULL) return -1; FILE *gp = popen("gnuplot", "w"); fprintf(gp, "set title \\"%s\\"\\n", t); return pclose(gp); }\nint main(int argc, char **argv) { return plot(argv[1]); }\n'],
  ['cookie-httponly-off', 'python', 'def f(resp, v):\n    resp.set_cookie("session", v, secure=True, httponly=False)\n', 'def f(resp, v):\n    resp.set_cookie("session", v, secure=True, httponly=True)\n'],
  ['cookie-httponly-off', 'go', 'func f(w http.ResponseWriter, id string) { http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true}) }\n', 'func f(w http.ResponseWriter, id string) { http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true, HttpOnly: true}) }\n'],
  ['cookie-secure-off', 'javascript', "res.cookie('sid', sid, { httpOnly: true, secure: false });\n", "res.cookie('sid', sid, { httpOnly: true, secure: true });\n"],
  ['cookie-secure-off', 'java', 'class A { void f(HttpServletResponse r, String v) { Cookie c = new Cookie("session", v); c.setHttpOnly(true); r.addCookie(c); } }\n', 'class A { void f(HttpServletResponse r, String v) { Cookie c = new Cookie("session", v); c.setHttpOnly(true); c.setSecure(true); r.addCookie(c); } }\n'],
  ['script-written-token-cookie', 'javascript', 'function f(token) { document.cookie = `token=${token}; secure`; }\n', 'function f(theme) { document.cookie = `theme=${theme}; secure`; }\n'],
  ['login-keeps-session-id', 'php', "<?php\nif (!password_verify($p, $u['hash'])) exit('no');\n$_SESSION['user_id'] = $u['id'];\n", "<?php\nif (!password_verify($p, $u['hash'])) exit('no');\nsession_regenerate_id(true);\n$_SESSION['user_id'] = $u['id'];\n"],
  ['session-id-from-request', 'python', 'def start(request, uid):\n    sid = request.cookies.get("sid") or new_id()\n    SESSIONS[sid] = uid\n', 'def start(request, uid):\n    sid = new_id()\n    SESSIONS[sid] = uid\n'],
  ['weak-password-minimum', 'python', 'def check(password):\n    if len(password) < 6:\n        raise ValueError("short")\n', 'def check(password):\n    if len(password) < 12:\n        raise ValueError("short")\n'],
  ['timing-unsafe-secret-compare', 'python', 'def ok(signature, expected):\n    return signature == expected\n', 'import hmac\ndef ok(signature, expected):\n    return hmac.compare_digest(signature, expected)\n'],
  ['timing-unsafe-secret-call', 'c', 'int ok(const unsigned char *mac, const unsigned char *tag) { return memcmp(mac, tag, 16) == 0; }\n', 'int ok(const unsigned char *mac, const unsigned char *tag) { return CRYPTO_memcmp(mac, tag, 16) == 0; }\n'],
  ['check-then-open', 'python', 'import os\ndef w(p):\n    if os.path.exists(p):\n        return\n    with open(p, "w") as f:\n        f.write("x")\n', 'import os\ndef w(p):\n    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)\n    os.close(fd)\n'],
  ['c-double-free-path', 'c', 'int f(void) { char *b = malloc(8); if (g(b)) { free(b); goto out; } out: free(b); return 0; }\n', 'int f(void) { char *b = malloc(8); if (g(b)) { goto out; } out: free(b); return 0; }\n'],
  ['c-double-free-path', 'c', 'static int send_it(int fd, char *m) { if (write(fd, m, 1) < 0) { free(m); return -1; } return 0; }\nint r(int fd) { char *m = strdup("x"); int rc = send_it(fd, m); free(m); return rc; }\n', 'static int send_it(int fd, char *m) { if (write(fd, m, 1) < 0) return -1; return 0; }\nint r(int fd) { char *m = strdup("x"); int rc = send_it(fd, m); free(m); return rc; }\n'],
  ['c-dangerous-function', 'c', 'int port(const char *v) { return atoi(v); }\n', 'int port(const char *v) { char *e; long p = strtol(v, &e, 10); return *e ? -1 : (int)p; }\n'],
  ['secret-logged', 'python', 'def login(log, username, password):\n    log.info("user=%s password=%s", username, password)\n', 'def login(log, username, password):\n    log.info("user=%s", username)\n'],
  ['secret-stored-raw', 'java', 'class A { void f(PreparedStatement ps, String cardNumber) throws Exception { ps = c.prepareStatement("INSERT INTO cards VALUES (?, ?)"); ps.setString(2, cardNumber); } }\n', 'class A { void f(PreparedStatement ps, String cardNumber) throws Exception { ps = c.prepareStatement("INSERT INTO cards VALUES (?, ?)"); ps.setString(2, gateway.tokenize(cardNumber)); } }\n'],
  ['secret-kept-as-is', 'javascript', 'function save(password) { const stored = password; db.put(stored); }\n', 'async function save(password) { const stored = await bcrypt.hash(password, 12); db.put(stored); }\n'],
  ['credentials-over-http', 'python', 'import requests\nAPI = "http://api.example.com"\ndef f(u, password):\n    return requests.post(API, json={"user": u, "password": password})\n', 'import requests\nAPI = "https://api.example.com"\ndef f(u, password):\n    return requests.post(API, json={"user": u, "password": password})\n'],
  ['reversible-credential-token', 'php', "<?php\n$v = base64_encode($email . ':' . $password);\n", "<?php\n$v = bin2hex(random_bytes(32));\n"],
  ['credential-file-default-mode', 'python', 'CREDENTIALS_FILE = "creds.json"\ndef save(data):\n    with open(CREDENTIALS_FILE, "w") as fh:\n        fh.write(data)\n', 'import os\nCREDENTIALS_FILE = "creds.json"\ndef save(data):\n    fd = os.open(CREDENTIALS_FILE, os.O_WRONLY | os.O_CREAT, 0o600)\n    os.write(fd, data)\n'],
  ['c-path-traversal', 'c', 'static int send(const char *name) { char p[256]; snprintf(p, sizeof p, "/srv/%s", name); FILE *f = fopen(p, "rb"); return f != NULL; }\nint main(int argc, char **argv) { return send(argv[1]); }\n', 'static int send(const char *name) { char p[256], r[4096]; snprintf(p, sizeof p, "/srv/%s", name); if (realpath(p, r) == NULL || strncmp(r, "/srv/", 5) != 0) return 0; FILE *f = fopen(r, "rb"); return f != NULL; }\nint main(int argc, char **argv) { return send(argv[1]); }\n'],
  ['identity-from-client', 'java', 'class A { String u(HttpServletRequest req) { String user = null; for (Cookie c : req.getCookies()) { if ("username".equals(c.getName())) user = c.getValue(); } return user; } }\n', 'class A { String u(HttpServletRequest req) { HttpSession s = req.getSession(false); return s == null ? null : (String) s.getAttribute("username"); } }\n'],
];

describe('analyser follow-up rules', () => {
  it.each(CASES)('%s (%s): flags the vulnerable snippet, not the safe one', async (rule, language, vulnerable, safe) => {
    const bad = await analyzeCode(vulnerable, language, nodeParser());
    const good = await analyzeCode(safe, language, nodeParser());
    expect(bad.findings.map((f) => f.rule)).toContain(rule);
    expect(good.findings.map((f) => f.rule)).not.toContain(rule);
  });
});
