// Rust and C++ rules: each flags a small vulnerable snippet with its CWE and stays silent on the safe twin.
import { describe, expect, it } from 'vitest';
import { analyzeCode } from './analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';

async function rulesFor(code: string, language: Language): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.map((f) => `${f.rule}:${f.cwe}`);
}

interface Case {
  rule: string;
  cwe: string;
  language: Language;
  bad: string;
  good: string;
}

const rust = (body: string): string => body;
const cpp = (body: string): string => body;

const CASES: Case[] = [
  {
    rule: 'rust-get-unchecked-read',
    cwe: 'CWE-125',
    language: 'rust',
    bad: rust('fn f(t: &[u8], i: usize) -> u8 { unsafe { *t.get_unchecked(i) } }'),
    good: rust('fn f(t: &[u8], i: usize) -> u8 { if i < t.len() { unsafe { *t.get_unchecked(i) } } else { 0 } }'),
  },
  {
    rule: 'rust-get-unchecked-write',
    cwe: 'CWE-787',
    language: 'rust',
    bad: rust('fn f(t: &mut [u8], i: usize) { unsafe { *t.get_unchecked_mut(i) = 1; } }'),
    good: rust('fn f(t: &mut [u8], i: usize) { if let Some(x) = t.get_mut(i) { *x = 1; } }'),
  },
  {
    rule: 'rust-raw-copy-unchecked-length',
    cwe: 'CWE-787',
    language: 'rust',
    bad: rust(
      'fn f(s: &[u8], d: &mut [u8; 8]) { unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), d.as_mut_ptr(), s.len()); } }',
    ),
    good: rust(
      'fn f(s: &[u8], d: &mut [u8; 8]) { let n = s.len().min(8); unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), d.as_mut_ptr(), n); } }',
    ),
  },
  {
    rule: 'rust-from-raw-parts-length',
    cwe: 'CWE-125',
    language: 'rust',
    bad: rust('fn f(b: &[u8], n: usize) -> &[u8] { unsafe { std::slice::from_raw_parts(b.as_ptr(), n) } }'),
    good: rust('fn f(b: &[u8]) -> &[u8] { unsafe { std::slice::from_raw_parts(b.as_ptr(), b.len()) } }'),
  },
  {
    rule: 'rust-set-len',
    cwe: 'CWE-119',
    language: 'rust',
    bad: rust('fn f(n: usize) -> Vec<u8> { let mut v = Vec::with_capacity(n); unsafe { v.set_len(n); } v }'),
    good: rust('fn f(n: usize) -> Vec<u8> { vec![0u8; n] }'),
  },
  {
    rule: 'rust-raw-pointer-after-drop',
    cwe: 'CWE-416',
    language: 'rust',
    bad: rust('fn f(v: Vec<u32>) -> u32 { let p = v.as_ptr(); drop(v); unsafe { *p } }'),
    good: rust('fn f(v: Vec<u32>) -> u32 { let x = v[0]; drop(v); x }'),
  },
  {
    rule: 'rust-wrapping-size',
    cwe: 'CWE-190',
    language: 'rust',
    bad: rust('fn f(w: u32, h: u32) -> Vec<u8> { let size = w.wrapping_mul(h) as usize; vec![0; size] }'),
    good: rust(
      'fn f(w: u32, h: u32) -> Option<Vec<u8>> { let size = w.checked_mul(h)? as usize; Some(vec![0; size]) }',
    ),
  },
  {
    rule: 'rust-shell-args-formatted',
    cwe: 'CWE-78',
    language: 'rust',
    bad: rust(
      'fn f(h: &str) { let s = format!("ping {}", h); std::process::Command::new("sh").args(["-c", &s]).status().ok(); }',
    ),
    good: rust('fn f(h: &str) { std::process::Command::new("ping").args(["-c", "1", h]).status().ok(); }'),
  },
  {
    rule: 'rust-sql-formatted',
    cwe: 'CWE-89',
    language: 'rust',
    bad: rust('fn f(c: &Connection, n: &str) { c.execute(&format!("DELETE FROM t WHERE n = \'{}\'", n), []).ok(); }'),
    good: rust('fn f(c: &Connection, n: &str) { c.execute("DELETE FROM t WHERE n = ?1", [n]).ok(); }'),
  },
  {
    rule: 'rust-path-join-input',
    cwe: 'CWE-22',
    language: 'rust',
    bad: rust('fn f(root: &Path, name: &str) -> std::io::Result<Vec<u8>> { std::fs::read(root.join(name)) }'),
    good: rust(
      'fn f(root: &Path, name: &str) -> std::io::Result<Vec<u8>> { let p = root.join(name).canonicalize()?; if !p.starts_with(root) { return Ok(vec![]); } std::fs::read(p) }',
    ),
  },
  {
    rule: 'rust-request-to-input-url',
    cwe: 'CWE-918',
    language: 'rust',
    bad: rust('async fn f(url: &str) { reqwest::get(url).await.ok(); }'),
    good: rust(
      'async fn f(url: &str) { let u = Url::parse(url).unwrap(); if u.host_str() == Some("a.example") { reqwest::get(u).await.ok(); } }',
    ),
  },
  {
    rule: 'rust-weak-hash',
    cwe: 'CWE-328',
    language: 'rust',
    // Calls inside macro arguments are token trees, not call nodes, so the digest is bound first.
    bad: rust('fn f(p: &str) -> String { let d = md5::compute(p); format!("{:x}", d) }'),
    good: rust('fn f(p: &str) -> String { let d = Sha256::digest(p); format!("{:x}", d) }'),
  },
  {
    rule: 'rust-seeded-rng',
    cwe: 'CWE-338',
    language: 'rust',
    bad: rust('fn token(t: u64) -> u64 { let mut r = StdRng::seed_from_u64(t); r.next_u64() }'),
    good: rust('fn token() -> u64 { OsRng.next_u64() }'),
  },
  {
    rule: 'rust-tls-danger-accept',
    cwe: 'CWE-295',
    language: 'rust',
    bad: rust('fn f() { let c = Client::builder().danger_accept_invalid_certs(true).build(); }'),
    good: rust('fn f() { let c = Client::builder().danger_accept_invalid_certs(false).build(); }'),
  },
  {
    rule: 'rust-hardcoded-secret',
    cwe: 'CWE-798',
    language: 'rust',
    bad: rust('const API_KEY: &str = "k3y-9f8a7b6c5d";\nfn k() -> &\'static str { API_KEY }'),
    good: rust(
      'const API_KEY_ENV: &str = "SERVICE_API_KEY";\nfn k() -> String { std::env::var(API_KEY_ENV).unwrap_or_default() }',
    ),
  },
  {
    rule: 'rust-unbounded-read',
    cwe: 'CWE-400',
    language: 'rust',
    bad: rust('fn f(mut s: TcpStream) { let mut b = Vec::new(); s.read_to_end(&mut b).ok(); }'),
    good: rust('fn f(s: TcpStream) { let mut b = Vec::new(); s.take(4096).read_to_end(&mut b).ok(); }'),
  },
  {
    rule: 'rust-capacity-from-input',
    cwe: 'CWE-770',
    language: 'rust',
    bad: rust('fn f(h: [u8; 4]) -> Vec<u8> { let n = u32::from_be_bytes(h) as usize; Vec::with_capacity(n) }'),
    good: rust(
      'fn f(h: [u8; 4]) -> Vec<u8> { let n = u32::from_be_bytes(h) as usize; Vec::with_capacity(n.min(4096)) }',
    ),
  },
  {
    rule: 'cpp-use-after-delete',
    cwe: 'CWE-416',
    language: 'cpp',
    bad: cpp('void f(Node *n) { delete n; log(n->id); }'),
    good: cpp('void f(Node *n) { log(n->id); delete n; }'),
  },
  {
    rule: 'cpp-double-delete',
    cwe: 'CWE-415',
    language: 'cpp',
    bad: cpp('void f(char *b, bool bad) { if (bad) { delete[] b; } delete[] b; }'),
    good: cpp('void f(char *b, bool bad) { if (bad) { delete[] b; return; } delete[] b; }'),
  },
  {
    rule: 'cpp-erase-invalidates-iterator',
    cwe: 'CWE-416',
    language: 'cpp',
    bad: cpp(
      'void f(std::vector<int> &v) { for (auto it = v.begin(); it != v.end(); ++it) { if (*it < 0) v.erase(it); } }',
    ),
    good: cpp(
      'void f(std::vector<int> &v) { for (auto it = v.begin(); it != v.end();) { if (*it < 0) it = v.erase(it); else ++it; } }',
    ),
  },
  {
    rule: 'cpp-temporary-c-str',
    cwe: 'CWE-416',
    language: 'cpp',
    bad: cpp('void f(const std::string &d) { const char *p = (d + "/x").c_str(); puts(p); }'),
    good: cpp('void f(const std::string &d) { const std::string s = d + "/x"; puts(s.c_str()); }'),
  },
  {
    rule: 'cpp-stale-smart-pointer-get',
    cwe: 'CWE-416',
    language: 'cpp',
    bad: cpp('void f(std::unique_ptr<C> &o) { C *c = o.get(); o.reset(new C()); c->run(); }'),
    good: cpp('void f(std::unique_ptr<C> &o) { o.reset(new C()); C *c = o.get(); c->run(); }'),
  },
  {
    rule: 'cpp-two-owners-one-pointer',
    cwe: 'CWE-415',
    language: 'cpp',
    bad: cpp('void f() { P *p = new P(); std::shared_ptr<P> a(p); std::shared_ptr<P> b(p); }'),
    good: cpp('void f() { auto a = std::make_shared<P>(); std::shared_ptr<P> b = a; }'),
  },
  {
    rule: 'cpp-stream-into-char-array',
    cwe: 'CWE-120',
    language: 'cpp',
    bad: cpp('int main() { char n[8]; std::cin >> n; }'),
    good: cpp('int main() { char n[8]; std::cin >> std::setw(sizeof n) >> n; }'),
  },
  {
    rule: 'cpp-inclusive-loop-bound',
    cwe: 'CWE-787',
    language: 'cpp',
    bad: cpp('int a[N];\nvoid f() { for (int i = 0; i <= N; ++i) a[i] = 0; }'),
    good: cpp('int a[N];\nvoid f() { for (int i = 0; i < N; ++i) a[i] = 0; }'),
  },
  {
    rule: 'cpp-unchecked-input-index',
    cwe: 'CWE-125',
    language: 'cpp',
    bad: cpp('int f(std::istream &in, const std::vector<int> &v) { int i = in.get(); return v[i]; }'),
    good: cpp(
      'int f(std::istream &in, const std::vector<int> &v) { int i = in.get(); if (i < 0 || i >= (int)v.size()) return 0; return v[i]; }',
    ),
  },
  {
    rule: 'cpp-find-without-end-check',
    cwe: 'CWE-476',
    language: 'cpp',
    bad: cpp('int f(const std::map<int, int> &m, int k) { auto it = m.find(k); return it->second; }'),
    good: cpp(
      'int f(const std::map<int, int> &m, int k) { auto it = m.find(k); return it == m.end() ? 0 : it->second; }',
    ),
  },
  {
    rule: 'cpp-wrapped-new-array-count',
    cwe: 'CWE-190',
    language: 'cpp',
    bad: cpp('R *f(uint32_t n) { uint32_t s = n + 1; return new R[s]; }'),
    good: cpp('R *f(uint32_t n) { if (n >= UINT32_MAX) return nullptr; uint32_t s = n + 1; return new R[s]; }'),
  },
  {
    rule: 'cpp-string-as-format',
    cwe: 'CWE-134',
    language: 'cpp',
    bad: cpp('void f(const std::string &m) { std::printf(m.c_str()); }'),
    good: cpp('void f(const std::string &m) { std::printf("%s", m.c_str()); }'),
  },
  {
    rule: 'cpp-filesystem-path-join',
    cwe: 'CWE-22',
    language: 'cpp',
    bad: cpp('void f(const fs::path &base, const std::string &name) { fs::path p = base / name; fs::remove(p); }'),
    good: cpp(
      'void f(const fs::path &base, const std::string &name) { fs::path p = fs::weakly_canonical(base / name); if (std::mismatch(base.begin(), base.end(), p.begin()).first != base.end()) return; fs::remove(p); }',
    ),
  },
  {
    rule: 'cpp-predictable-engine-secret',
    cwe: 'CWE-338',
    language: 'cpp',
    bad: cpp('unsigned make_token() { std::mt19937 gen(42); return gen(); }'),
    good: cpp('unsigned make_token() { std::random_device gen; return gen(); }'),
  },
];

describe('Rust and C++ rules', () => {
  for (const c of CASES) {
    it(`${c.rule} flags the vulnerable snippet and not the safe one`, async () => {
      expect(await rulesFor(c.bad, c.language)).toContain(`${c.rule}:${c.cwe}`);
      expect((await rulesFor(c.good, c.language)).filter((r) => r.startsWith(`${c.rule}:`))).toEqual([]);
    });
  }
});
