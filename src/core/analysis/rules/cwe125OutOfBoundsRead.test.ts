// CWE-125 out-of-bounds read: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const rust = (body: string): string => body;

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'cpp-inclusive-size-bound-read',
    'cpp',
    cpp(
      'long sum(const std::vector<long> &v) { long s = 0; for (size_t i = 0; i <= v.size(); ++i) s += v[i]; return s; }',
    ),
    cpp(
      'long sum(const std::vector<long> &v) { long s = 0; for (size_t i = 0; i < v.size(); ++i) s += v[i]; return s; }',
    ),
    { cwe: 'CWE-125' },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    cpp('int pick(const std::vector<int> &v, int i) { return v[i]; }'),
    cpp('int pick(const std::vector<int> &v, int i) { if (i < 0 || (size_t)i >= v.size()) return 0; return v[i]; }'),
    { cwe: 'CWE-125' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const char *N[] = {"a", "b"};\nconst char *name(int i) { return N[i]; }\n',
    'static const char *N[] = {"a", "b"};\nconst char *name(int i) { if (i < 0 || i >= 2) return "?"; return N[i]; }\n',
  ],
  [
    'c-unbounded-pointer-scan',
    'c',
    "const char *f(const char *p) { while (*p != ':') p++; return p; }\n",
    "const char *f(const char *p) { while (*p && *p != ':') p++; return p; }\n",
  ],
  [
    'rust-get-unchecked-read',
    'rust',
    rust('fn f(t: &[u8], i: usize) -> u8 { unsafe { *t.get_unchecked(i) } }'),
    rust('fn f(t: &[u8], i: usize) -> u8 { if i < t.len() { unsafe { *t.get_unchecked(i) } } else { 0 } }'),
    { cwe: 'CWE-125' },
  ],
  [
    'rust-get-unchecked-read',
    'rust',
    'fn body(buf: &[u8]) -> &[u8] {\n    if buf.len() < 2 {\n        return &[];\n    }\n    let len = buf[1] as usize;\n    unsafe { buf.get_unchecked(2..2 + len) }\n}\n',
    'fn body(buf: &[u8]) -> &[u8] {\n    let len = buf[1] as usize;\n    if buf.len() < 2 + len {\n        return &[];\n    }\n    unsafe { buf.get_unchecked(2..2 + len) }\n}\n',
    { name: 'a range whose end is never compared (its literal start is); the end compared', cwe: 'CWE-125' },
  ],
  [
    'rust-from-raw-parts-length',
    'rust',
    rust('fn f(b: &[u8], n: usize) -> &[u8] { unsafe { std::slice::from_raw_parts(b.as_ptr(), n) } }'),
    rust('fn f(b: &[u8]) -> &[u8] { unsafe { std::slice::from_raw_parts(b.as_ptr(), b.len()) } }'),
    { cwe: 'CWE-125' },
  ],
  [
    'cpp-unchecked-input-index',
    'cpp',
    cpp('int f(std::istream &in, const std::vector<int> &v) { int i = in.get(); return v[i]; }'),
    cpp(
      'int f(std::istream &in, const std::vector<int> &v) { int i = in.get(); if (i < 0 || i >= (int)v.size()) return 0; return v[i]; }',
    ),
    { cwe: 'CWE-125' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const char *KIND[4] = {"a", "b", "c", "d"};\nconst char *kind_name(const struct rec *r) { return KIND[r->kind]; }\n',
    'static const char *KIND[4] = {"a", "b", "c", "d"};\nconst char *kind_name(const struct rec *r) {\n  if (r->kind >= 4)\n    return "?";\n  return KIND[r->kind];\n}\n',
    { name: 'a member of a record the caller passed' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const int STEP[16] = {1, 2, 3};\nint step_of(const unsigned char *p) { return STEP[p[1]]; }\n',
    'static const int STEP[16] = {1, 2, 3};\nint step_of(const unsigned char *p) { return p[1] < 16 ? STEP[p[1]] : 0; }\n',
    { name: 'a byte of a caller buffer' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const char DIGITS[] = "0123456789abcdef";\nchar high(const unsigned char *p) { return DIGITS[p[0] + 1]; }\n',
    'static const char DIGITS[] = "0123456789abcdef";\nchar high(const unsigned char *p) { return DIGITS[p[0] >> 4]; }\n',
    { name: 'a byte split into hex digits stays in the alphabet' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const int STEP[16] = {1, 2, 3};\nint step_of(const unsigned char *p) { return STEP[p[1]]; }\n',
    'static const int STEP[256] = {1, 2, 3};\nint step_of(const unsigned char *p) { return STEP[p[1]]; }\n',
    { name: 'a byte cannot pass a table of 256' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const int STEP[16] = {1, 2, 3};\nint step_of(const struct st *s) { return STEP[s->state]; }\n',
    'static const int STEP[16] = {1, 2, 3};\nint step_of(struct st *s) { return STEP[s->state]; }\n',
    { name: 'a mutable context is state the function keeps, not a record it reads' },
  ],
];

describeRuleCases('CWE-125 out-of-bounds read', CASES);
