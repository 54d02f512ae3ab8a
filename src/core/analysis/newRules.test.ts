// Rules added for the knowledge-base follow-up (C bounds and lifetimes, web auth signals, C#, Rust): each
// vulnerable snippet is flagged by its rule and the secure idiom is not.
import { expectRuleSeparates } from './ruleTestKit';
import { describe, expect, it } from 'vitest';
import type { Language } from '../task/Task';
import { nestedQuantifier } from './rules/resourceLimits';

type Case = [rule: string, language: Language, vulnerable: string, safe: string];

const CASES: Case[] = [
  [
    'c-unchecked-index-write',
    'c',
    'int main(void) { int t[8]; int b; while (scanf("%d", &b) == 1) t[b] += 1; return 0; }\n',
    'int main(void) { int t[8]; int b; while (scanf("%d", &b) == 1) { if (b < 0 || b >= 8) continue; t[b] += 1; } return 0; }\n',
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const char *N[] = {"a", "b"};\nconst char *name(int i) { return N[i]; }\n',
    'static const char *N[] = {"a", "b"};\nconst char *name(int i) { if (i < 0 || i >= 2) return "?"; return N[i]; }\n',
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'struct m { unsigned char len; char p[64]; };\nvoid f(struct m *o, const char *d) { o->len = d[0]; memcpy(o->p, d + 1, o->len); }\n',
    'struct m { unsigned char len; char p[64]; };\nvoid f(struct m *o, const char *d) { o->len = d[0]; if (o->len > sizeof o->p) return; memcpy(o->p, d + 1, o->len); }\n',
  ],
  [
    'c-strncpy-unterminated',
    'c',
    'void f(char *d, const char *s) { char n[16]; strncpy(n, s, sizeof n); puts(n); }\n',
    "void f(char *d, const char *s) { char n[16]; strncpy(n, s, sizeof n - 1); n[sizeof n - 1] = '\\0'; puts(n); }\n",
  ],
  [
    'c-read-full-buffer-terminated',
    'c',
    'int f(int fd) { char buf[128]; ssize_t n = read(fd, buf, sizeof buf); if (n <= 0) return -1; buf[n] = 0; return 0; }\n',
    'int f(int fd) { char buf[128]; ssize_t n = read(fd, buf, sizeof buf - 1); if (n <= 0) return -1; buf[n] = 0; return 0; }\n',
  ],
  [
    'c-unbounded-pointer-scan',
    'c',
    "const char *f(const char *p) { while (*p != ':') p++; return p; }\n",
    "const char *f(const char *p) { while (*p && *p != ':') p++; return p; }\n",
  ],
  [
    'c-nullable-deref',
    'c',
    "void f(char *l) { char *eq = strchr(l, '='); *eq = 0; }\n",
    "void f(char *l) { char *eq = strchr(l, '='); if (eq == NULL) return; *eq = 0; }\n",
  ],
  [
    'c-use-after-free',
    'c',
    'void f(struct job *j) { job_free(j); printf("%d", j->id); }\n',
    'void f(struct job *j) { printf("%d", j->id); job_free(j); }\n',
  ],
  [
    'c-free-loop-cursor',
    'c',
    'void f(struct n *h) { for (struct n *c = h; c; c = c->next) free(c); }\n',
    'void f(struct n *h) { struct n *nx; for (struct n *c = h; c; c = nx) { nx = c->next; free(c); } }\n',
  ],
  [
    'cpp-reference-invalidated',
    'cpp',
    'void f(std::vector<T> &v) { T &r = v[0]; v.push_back(T{}); r.x = 1; }\n',
    'void f(std::vector<T> &v) { v.push_back(T{}); v[0].x = 1; }\n',
  ],
  [
    'cpp-return-local-c-str',
    'cpp',
    'const char *f() { std::string s = g(); return s.c_str(); }\n',
    'std::string f() { std::string s = g(); return s; }\n',
  ],
  [
    'c-bounds-check-sum-wraps',
    'c',
    'int f(char *d, const char *s, unsigned o, unsigned l, unsigned n) { if (o + l > n) return -1; memcpy(d, s + o, l); return 0; }\n',
    'int f(char *d, const char *s, unsigned o, unsigned l, unsigned n) { if (o > n || l > n - o) return -1; memcpy(d, s + o, l); return 0; }\n',
  ],
  [
    'narrow-size-arithmetic',
    'java',
    'class A { byte[] f(int c, int s) { int t = c * s; if (t > 100) return null; return new byte[t]; } }\n',
    'class A { byte[] f(int c, int s) { long t = (long) c * s; if (t > 100) return null; return new byte[(int) t]; } }\n',
  ],
  [
    'identity-from-client',
    'python',
    'from flask import request\ndef me():\n    uid = request.cookies.get("user_id")\n    return uid\n',
    'from flask import session\ndef me():\n    uid = session.get("user_id")\n    return uid\n',
  ],
  [
    'role-from-client',
    'java',
    'class A { boolean f(HttpServletRequest r) { return "true".equals(r.getHeader("X-Admin")); } }\n',
    'class A { boolean f(User u) { return u.isAdmin(); } }\n',
  ],
  [
    'jwt-decode-unverified',
    'javascript',
    'function f(t) { return jwt.decode(t); }\n',
    'function f(t) { return jwt.verify(t, key, { algorithms: ["HS256"] }); }\n',
  ],
  [
    'js-unawaited-password-check',
    'javascript',
    'async function f(p, h) { if (!bcrypt.compare(p, h)) throw new Error("x"); }\n',
    'async function f(p, h) { if (!(await bcrypt.compare(p, h))) throw new Error("x"); }\n',
  ],
  [
    'privilege-drop-order',
    'c',
    'void f(struct passwd *pw) { setuid(pw->pw_uid); setgid(pw->pw_gid); }\n',
    'void f(struct passwd *pw) { if (setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) exit(1); }\n',
  ],
  [
    'privilege-from-request',
    'php',
    '<?php\n$isAdmin = false;\nextract($_POST);\n',
    '<?php\n$name = (string)($_POST["name"] ?? "");\n',
  ],
  [
    'error-details-to-client',
    'go',
    'package m\nfunc h(w http.ResponseWriter, err error) { http.Error(w, err.Error(), 500) }\n',
    'package m\nfunc h(w http.ResponseWriter, err error) { http.Error(w, "internal error", 500) }\n',
  ],
  [
    'session-samesite-none',
    'javascript',
    "app.use(session({ cookie: { sameSite: 'none' } }));\n",
    "app.use(session({ cookie: { sameSite: 'strict' } }));\n",
  ],
  [
    'unbounded-body-read',
    'go',
    'package m\nfunc h(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(r.Body); _ = b }\n',
    'package m\nfunc h(w http.ResponseWriter, r *http.Request) { b, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20)); _ = b }\n',
  ],
  ['redos-nested-quantifier', 'javascript', 'const RE = /^(\\w+\\s?)*$/;\n', 'const RE = /^\\w+(?: \\w+)*$/;\n'],
  [
    'upload-client-name',
    'php',
    '<?php\nmove_uploaded_file($_FILES["f"]["tmp_name"], "/up/" . basename($_FILES["f"]["name"]));\n',
    '<?php\n$ext = pathinfo($_FILES["f"]["name"], PATHINFO_EXTENSION);\nif (!in_array($ext, ["png"], true)) exit;\nmove_uploaded_file($_FILES["f"]["tmp_name"], "/up/" . bin2hex(random_bytes(8)) . ".png");\n',
  ],
  [
    'argument-option-injection',
    'python',
    'import subprocess\ndef f(url):\n    subprocess.run(["git", "clone", url])\n',
    'import subprocess\ndef f(url):\n    subprocess.run(["git", "clone", "--", url])\n',
  ],
  [
    'credential-in-literal',
    'go',
    'package m\nconst dsn = "postgres://app:s3cr3tpw@db:5432/x"\n',
    'package m\nvar dsn = os.Getenv("DATABASE_URL")\n',
  ],
  [
    'cs-process-start-built',
    'csharp',
    'class A { void F(string u) { Process.Start("cmd.exe", "/c ping " + u); } }\n',
    'class A { void F() { Process.Start("ping", "localhost"); } }\n',
  ],
  [
    'cs-sql-built',
    'csharp',
    'class A { void F(string n) { var c = new SqlCommand("SELECT * FROM u WHERE n = \'" + n + "\'", conn); } }\n',
    'class A { void F(string n) { var c = new SqlCommand("SELECT * FROM u WHERE n = @n", conn); c.Parameters.AddWithValue("@n", n); } }\n',
  ],
  [
    'cs-sql-built',
    'csharp',
    'class A { void F(string n) { var c = new SqlCommand($"SELECT * FROM u WHERE n = \'{n}\'", conn); } }\n',
    'class A { void F(string n) { var c = new SqlCommand($"SELECT * FROM u", conn); } }\n',
  ],
  [
    'cs-binary-formatter',
    'csharp',
    'class A { object F(Stream s) { return new BinaryFormatter().Deserialize(s); } }\n',
    'class A { T F<T>(Stream s) { return JsonSerializer.Deserialize<T>(s); } }\n',
  ],
  [
    'cs-weak-hash',
    'csharp',
    'class A { byte[] F(byte[] d) { using var h = MD5.Create(); return h.ComputeHash(d); } }\n',
    'class A { byte[] F(byte[] d) { using var h = SHA256.Create(); return h.ComputeHash(d); } }\n',
  ],
  [
    'rust-shell-formatted',
    'rust',
    'fn f(u: &str) { Command::new("sh").arg("-c").arg(format!("ping {}", u)).output(); }\n',
    'fn f(u: &str) { Command::new("ping").arg(u).output(); }\n',
  ],
  [
    'rust-unsafe-raw-deref',
    'rust',
    'fn f(v: &[i32]) -> i32 { let p: *const i32 = v.as_ptr(); unsafe { *p.add(10) } }\n',
    'fn f(v: &[i32]) -> Option<i32> { v.get(10).copied() }\n',
  ],
];

describe('knowledge-base follow-up rules', () => {
  it.each(CASES)(
    '%s (%s): flags the vulnerable snippet, not the safe one',
    async (rule, language, vulnerable, safe) => {
      await expectRuleSeparates(rule, language, vulnerable, safe);
    },
  );

  it('tells nested quantifiers from repeated groups with a mandatory separator', () => {
    expect(nestedQuantifier('(a+)+$')).toBe(true);
    expect(nestedQuantifier('^\\w+(?:,\\w+)*$')).toBe(false);
  });
});
