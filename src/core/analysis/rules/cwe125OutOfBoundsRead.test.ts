// CWE-125 out-of-bounds read: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const rust = (body: string): string => body;

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
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
];

describeRuleCases('CWE-125 out-of-bounds read', CASES);
