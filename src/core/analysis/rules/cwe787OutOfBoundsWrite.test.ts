// CWE-787 out-of-bounds write: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

const rust = (body: string): string => body;

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'c-unchecked-index-write',
    'cpp',
    '#include <vector>\nstruct Sample { unsigned slot; int v; };\nclass Bins {\n  std::vector<int> bins_;\npublic:\n  void put(const Sample &s) {\n    bins_[s.slot] = s.v;\n  }\n};\n',
    '#include <vector>\nstruct Sample { unsigned slot; int v; };\nclass Bins {\n  std::vector<int> bins_;\npublic:\n  void put(const Sample &s) {\n    if (s.slot >= bins_.size())\n      return;\n    bins_[s.slot] = s.v;\n  }\n};\n',
    { name: "a field of a caller's const reference indexing a vector member" },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'void f(char *d, const char *s, size_t n) { memcpy(d, s, n); }\n',
    'void f(char *d, const char *s, size_t n) { if (n > 16) return; memcpy(d, s, n); }\n',
  ],
  [
    'c-unchecked-copy-length',
    'cpp',
    'std::vector<char> take(const char *s, std::size_t n) {\n  std::vector<char> out(16);\n  std::memcpy(out.data(), s, n);\n  return out;\n}\n',
    'std::vector<char> take(const char *s, std::size_t n) {\n  std::vector<char> out(n);\n  std::memcpy(out.data(), s, n);\n  return out;\n}\n',
    { name: 'a vector constructed with the length (a bare name parses as a function declaration)' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'char *dup_in(struct arena *a, const char *s, size_t len) { char *c = arena_alloc(a, 16); if (!c) return 0; memcpy(c, s, len); return c; }\n',
    'char *dup_in(struct arena *a, const char *s, size_t len) { char *c = arena_alloc(a, len + 1); if (!c) return 0; memcpy(c, s, len); return c; }\n',
    { name: 'a project allocator named <thing>_alloc sized with the length' },
  ],
  [
    'c-unchecked-index-write',
    'c',
    'int main(void) { int t[8]; int b; while (scanf("%d", &b) == 1) t[b] += 1; return 0; }\n',
    'int main(void) { int t[8]; int b; while (scanf("%d", &b) == 1) { if (b < 0 || b >= 8) continue; t[b] += 1; } return 0; }\n',
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'struct m { unsigned char len; char p[64]; };\nvoid f(struct m *o, const char *d) { o->len = d[0]; memcpy(o->p, d + 1, o->len); }\n',
    'struct m { unsigned char len; char p[64]; };\nvoid f(struct m *o, const char *d) { o->len = d[0]; if (o->len > sizeof o->p) return; memcpy(o->p, d + 1, o->len); }\n',
  ],
  [
    'c-unchecked-index-write',
    'c',
    "int u(const char *r) { char name[32]; size_t i = 0; while (r[i] != ':' && r[i] != '\\0') { name[i] = r[i]; i++; } name[i] = 0; return 0; }\n",
    "int u(const char *r) { char name[32]; size_t i = 0; while (r[i] != ':' && r[i] != '\\0' && i < sizeof name - 1) { name[i] = r[i]; i++; } name[i] = 0; return 0; }\n",
  ],
  [
    'rust-get-unchecked-write',
    'rust',
    rust('fn f(t: &mut [u8], i: usize) { unsafe { *t.get_unchecked_mut(i) = 1; } }'),
    rust('fn f(t: &mut [u8], i: usize) { if let Some(x) = t.get_mut(i) { *x = 1; } }'),
    { cwe: 'CWE-787' },
  ],
  [
    'rust-raw-copy-unchecked-length',
    'rust',
    rust(
      'fn f(s: &[u8], d: &mut [u8; 8]) { unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), d.as_mut_ptr(), s.len()); } }',
    ),
    rust(
      'fn f(s: &[u8], d: &mut [u8; 8]) { let n = s.len().min(8); unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), d.as_mut_ptr(), n); } }',
    ),
    { cwe: 'CWE-787' },
  ],
  [
    'cpp-inclusive-loop-bound',
    'cpp',
    cpp('int a[N];\nvoid f() { for (int i = 0; i <= N; ++i) a[i] = 0; }'),
    cpp('int a[N];\nvoid f() { for (int i = 0; i < N; ++i) a[i] = 0; }'),
    { cwe: 'CWE-787' },
  ],
  [
    'c-unchecked-copy-length',
    'cpp',
    '#include <vector>\n#include <cstring>\nstd::vector<char> frame(const std::vector<char> &p) {\n  std::vector<char> out(4);\n  std::memcpy(out.data() + 4, p.data(), p.size());\n  return out;\n}\n',
    '#include <vector>\n#include <cstring>\nstd::vector<char> frame(const std::vector<char> &p) {\n  std::vector<char> out(4 + p.size());\n  std::memcpy(out.data() + 4, p.data(), p.size());\n  return out;\n}\n',
    { requireCleanParse: true, name: 'a vector constructed with the copy length is sized for it' },
  ],
  [
    'c-unchecked-copy-length',
    'cpp',
    '#include <string>\n#include <cstring>\nvoid put(std::string &out, const char *s, size_t n) {\n  out.resize(8);\n  std::memcpy(&out[0], s, n);\n}\n',
    '#include <string>\n#include <cstring>\nvoid put(std::string &out, const char *s, size_t n) {\n  out.resize(n);\n  std::memcpy(&out[0], s, n);\n}\n',
    { requireCleanParse: true, name: 'a container resized to the copy length is sized for it' },
  ],
  [
    'c-unchecked-index-write',
    'c',
    'int banner(int fd, char *out, size_t outsize) {\n  char tmp[128];\n  ssize_t n = read(fd, tmp, sizeof tmp - 1);\n  size_t len;\n  if (n < 0)\n    return -1;\n  len = (size_t)n;\n  memcpy(out, tmp, len);\n  out[len] = 0;\n  return (int)len;\n}\n',
    'int banner(int fd, char *out, size_t outsize) {\n  char tmp[128];\n  ssize_t n = read(fd, tmp, sizeof tmp - 1);\n  size_t len;\n  if (n < 0)\n    return -1;\n  len = (size_t)n < outsize - 1 ? (size_t)n : outsize - 1;\n  memcpy(out, tmp, len);\n  out[len] = 0;\n  return (int)len;\n}\n',
    { requireCleanParse: true, name: 'an index clamped by a ternary when it is set' },
  ],
  [
    'c-unchecked-copy-length',
    'cpp',
    '#include <array>\n#include <cstring>\n#include <vector>\nvoid label(std::array<char, 16> &out, const std::vector<char> &msg, size_t n) {\n  if (msg.size() < 16)\n    return;\n  std::memcpy(out.data(), msg.data(), n);\n}\n',
    '#include <array>\n#include <cstring>\n#include <vector>\nvoid label(std::array<char, 16> &out, const std::vector<char> &msg, size_t n) {\n  if (msg.size() < 16)\n    return;\n  std::memcpy(out.data(), msg.data(), out.size());\n}\n',
    { requireCleanParse: true, name: "a copy of the destination's own size fits it" },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'struct acc { char hdr[4]; size_t have; };\nsize_t take_header(struct acc *a, const char *data, size_t len) {\n  size_t want = sizeof a->hdr - a->have;\n  size_t take = len;\n  memcpy(a->hdr + a->have, data, take);\n  a->have += take;\n  return take;\n}\n',
    'struct acc { char hdr[4]; size_t have; };\nsize_t take_header(struct acc *a, const char *data, size_t len) {\n  size_t want = sizeof a->hdr - a->have;\n  size_t take = len < want ? len : want;\n  memcpy(a->hdr + a->have, data, take);\n  a->have += take;\n  return take;\n}\n',
    { requireCleanParse: true, name: 'a length clamped by a ternary when it is set' },
  ],
  [
    'c-unchecked-index-write',
    'c',
    '#include <stdio.h>\nvoid show(FILE *in) {\n  char text[64];\n  size_t got = fread(text, 1, sizeof text, in);\n  text[got] = 0;\n  puts(text);\n}\n',
    '#include <stdio.h>\nvoid show(FILE *in) {\n  char text[64];\n  size_t got = fread(text, 1, sizeof text - 1, in);\n  text[got] = 0;\n  puts(text);\n}\n',
    { name: 'fread returns at most its count: one below the capacity leaves room for the terminator' },
  ],
  [
    'c-unchecked-index-write',
    'c',
    '#include <stdio.h>\n#include <stdlib.h>\nchar *slurp(FILE *in) {\n  char *out = malloc(256);\n  if (!out) return NULL;\n  size_t got = fread(out, 1, 256, in);\n  out[got] = 0;\n  return out;\n}\n',
    '#include <stdio.h>\n#include <stdlib.h>\nchar *slurp(FILE *in) {\n  char *out = malloc(256);\n  if (!out) return NULL;\n  size_t got = fread(out, 1, 255, in);\n  out[got] = 0;\n  return out;\n}\n',
    { name: 'the count compared with a constant allocation' },
  ],
];

describeRuleCases('CWE-787 out-of-bounds write', CASES);

describe('c-unchecked-copy-length', () => {
  it('does not flag a memcpy whose destination was allocated from the same length', async () => {
    const code = 'void f(const char *d, size_t n) { char *p = malloc(n + 8); if (!p) return; memcpy(p, d, n); }\n';
    const record = await analyzeCode(code, 'c', nodeParser());
    expect(record.findings.map((f) => f.rule)).not.toContain('c-unchecked-copy-length');
  });
});
