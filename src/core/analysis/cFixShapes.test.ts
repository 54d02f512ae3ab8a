// The shapes C fixes take (clamps, assertions, bound-check calls, capacity parameters, allocator wrappers, limits on
// a count, a command-line path opened whole): each flawed snippet is flagged, its fixed twin is not (our snippets).
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';
import type { Language } from '../task/Task';

const copyInto = (guard: string, length = 'n'): string =>
  `#include <string.h>\nvoid put(const char *in, size_t n) {\n  char out[32];\n${guard}  memcpy(out, in, ${length});\n}\n`;

const CASES: RuleCase[] = [
  [
    'c-unchecked-copy-length',
    'c',
    copyInto(''),
    copyInto('  size_t len = min_t(size_t, sizeof(out), n);\n', 'len'),
    { name: 'length clamped by min_t in its assignment' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    copyInto(''),
    copyInto('', 'n < sizeof out ? n : sizeof out'),
    { name: 'length clamped by a ternary in the call' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    copyInto(''),
    copyInto('  assert(n <= sizeof out);\n'),
    { name: 'assert on the length before the copy' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    copyInto(''),
    copyInto('  BUG_ON(n > sizeof out);\n'),
    { name: 'BUG_ON on the length' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    copyInto(''),
    copyInto('  if (!range_ok(out, sizeof out, n))\n    return;\n'),
    { name: 'a bound-check helper handed the length' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'void put(char *dst, size_t dst_size, const char *src, size_t src_len) {\n  memcpy(dst, src, src_len);\n}\n',
    'void put(char *dst, size_t dst_size, const char *src, size_t src_len) {\n  memcpy(dst, src, dst_size);\n}\n',
    { name: 'the capacity parameter of the destination' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'char *dup(const char *s, size_t n) {\n  char *p = xzalloc(64);\n  memcpy(p, s, n);\n  return p;\n}\n',
    'char *dup(const char *s, size_t n) {\n  char *p = xzalloc(n);\n  memcpy(p, s, n);\n  return p;\n}\n',
    { name: 'a project allocator sized by the length' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'char *dup(const char *s, size_t n) {\n  size_t total = 64;\n  char *p = pool_malloc(total);\n  memcpy(p, s, n);\n  return p;\n}\n',
    'char *dup(const char *s, size_t n) {\n  size_t total;\n  sum_sizes(&total, n, 1);\n  char *p = pool_malloc(total);\n  memcpy(p, s, n);\n  return p;\n}\n',
    { name: 'a size computed through an out-parameter from the length' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'struct msg { char *body; };\nvoid fill(struct msg *m, const char *s, size_t n) {\n  memcpy(m->body, s, n);\n}\n',
    'struct msg { char *body; };\nvoid fill(struct msg *m, const char *s, size_t n) {\n  grow_body(m, n);\n  memcpy(m->body, s, n);\n}\n',
    { name: 'a helper that allocates the member of the owner first' },
  ],
  [
    'c-unchecked-index-write',
    'c',
    'int table[8];\nvoid set(int i, int v) {\n  table[i] = v;\n}\n',
    'int table[8];\nvoid set(int i, int v) {\n  assert(i >= 0 && i < 8);\n  table[i] = v;\n}\n',
    { name: 'an assertion on the index' },
  ],
  [
    'c-alloc-size-overflow',
    'c',
    '#include <stdlib.h>\nlong *make(size_t count) {\n  return malloc(count * sizeof(long));\n}\n',
    '#include <stdlib.h>\nlong *make(size_t count) {\n  if (count > MAX_ITEMS)\n    return NULL;\n  return malloc(count * sizeof(long));\n}\n',
    { name: 'the count compared with a limit first' },
  ],
  [
    'c-alloc-size-overflow',
    'c',
    '#include <stdlib.h>\nchar *make(size_t rows, size_t cols) {\n  return malloc(rows * cols);\n}\n',
    '#include <stdlib.h>\nchar *make(size_t rows, size_t cols) {\n  size_t bytes;\n  if (__builtin_mul_overflow(rows, cols, &bytes))\n    return NULL;\n  return malloc(bytes);\n}\n',
    { name: 'an overflow-checked product' },
  ],
  [
    'c-alloc-size-overflow',
    'c',
    '#include <stdlib.h>\nchar *make(size_t rows, size_t cols) {\n  return malloc(rows * cols);\n}\n',
    '#include <stdlib.h>\nchar *pad(const char *d, size_t *padded_len) {\n  return malloc(*padded_len);\n}\n',
    { name: 'a dereference is no product' },
  ],
  [
    'c-path-traversal',
    'c',
    '#include <stdio.h>\nFILE *open_doc(const char *name) {\n  char path[256];\n  snprintf(path, sizeof path, "/srv/docs/%s", name);\n  return fopen(path, "r");\n}\nint main(int argc, char **argv) {\n  return open_doc(argv[1]) != NULL;\n}\n',
    '#include <stdio.h>\nFILE *open_doc(const char *name) {\n  return fopen(name, "r");\n}\nint main(int argc, char **argv) {\n  return open_doc(argv[1]) != NULL;\n}\n',
    { name: 'a command-line path opened whole is what the user asked for' },
  ],
  [
    'c-path-traversal',
    'cpp',
    '#include <cstdio>\n#include <iostream>\n#include <string>\nint main() {\n  std::string name;\n  std::getline(std::cin, name);\n  return remove(name.c_str());\n}\n',
    "#include <algorithm>\n#include <iostream>\n#include <string>\nusing namespace std;\nint main() {\n  std::string name;\n  std::getline(std::cin, name);\n  name.erase(remove(name.begin(), name.end(), '\"'), name.end());\n  return 0;\n}\n",
    { name: 'std::remove of three iterators is the algorithm' },
  ],
  [
    'c-narrowed-size-argument',
    'c',
    '#include <string.h>\nvoid put(char *out, const char *s, long want) {\n  int n = want;\n  memcpy(out, s, n);\n}\n',
    '#include <string.h>\nvoid put(char *out, const char *s, long want) {\n  int n = want;\n  if (n > 64)\n    n = 64;\n  memcpy(out, s, n);\n}\n',
    { name: 'the narrowed size clamped before the copy' },
  ],
];

describeRuleCases('C fix shapes', CASES);

async function tierOf(code: string, rule: string, language: Language = 'c'): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.rule === rule).map((f) => f.tier ?? 'finding');
}

describe('C rules whose evidence decides the tier', () => {
  it('an unbounded copy is a finding only into a fixed array from a caller or input, else a note', async () => {
    const fixed = '#include <string.h>\nvoid f(const char *name) {\n  char buf[16];\n  strcpy(buf, name);\n}\n';
    const unknown = '#include <string.h>\nvoid f(char *dst, const char *name) {\n  strcpy(dst, name);\n}\n';
    const shadowed =
      '#include <string.h>\nvoid f(char *buf, const char *name) {\n  strcpy(buf, name);\n}\nvoid g(const char *s) {\n  char buf[8];\n  f(buf, s);\n}\n';
    expect(await tierOf(fixed, 'c-unbounded-copy')).toEqual(['finding']);
    // A local array: the stack view of the same copy (CWE-121) is reported beside it.
    expect(await tierOf(fixed, 'c-unbounded-stack-copy')).toEqual(['finding']);
    expect(await tierOf(unknown, 'c-unbounded-copy')).toEqual(['note']);
    expect(await tierOf(shadowed, 'c-unbounded-copy')).toEqual(['note']);
  });

  it('one 32-bit count times sizeof is a note; a size_t count stays a finding', async () => {
    const code = (type: string): string =>
      `#include <stdlib.h>\nlong *make(${type} count) {\n  return malloc(count * sizeof(long));\n}\n`;
    expect(await tierOf(code('int'), 'c-alloc-size-overflow')).toEqual(['note']);
    expect(await tierOf(code('size_t'), 'c-alloc-size-overflow')).toEqual(['finding']);
  });

  it('a signed count read from a file with no test is a finding; an unsigned one stays a note', async () => {
    const code = (type: string): string =>
      `#include <stdio.h>\n#include <stdlib.h>\nlong *load(FILE *fp) {\n  ${type} count;\n  if (fread(&count, sizeof count, 1, fp) != 1)\n    return NULL;\n  return malloc(count * sizeof(long));\n}\n`;
    expect(await tierOf(code('int'), 'c-alloc-size-overflow')).toEqual(['finding']);
    expect(await tierOf(code('unsigned'), 'c-alloc-size-overflow')).toEqual(['note']);
  });

  it('an unchecked allocation of a measured string is a note; of a caller-given size a finding', async () => {
    const code = (size: string): string =>
      `#include <stdlib.h>\n#include <string.h>\nchar *f(const char *s, size_t n) {\n  char *p = malloc(${size});\n  p[0] = 0;\n  return p;\n}\n`;
    expect(await tierOf(code('strlen(s) + 1'), 'c-unchecked-alloc')).toEqual(['note']);
    expect(await tierOf(code('n + 1'), 'c-unchecked-alloc')).toEqual(['finding']);
  });

  it('a narrowed strlen is a note; a narrowed caller-given long a finding', async () => {
    const code = (value: string): string =>
      `#include <string.h>\nvoid put(char *out, const char *s, long want) {\n  int n = ${value};\n  memcpy(out, s, n);\n}\n`;
    expect(await tierOf(code('strlen(s)'), 'c-narrowed-size-argument')).toEqual(['note']);
    expect(await tierOf(code('want'), 'c-narrowed-size-argument')).toEqual(['finding']);
  });

  it("a search of a caller's text read unchecked is a finding; of the program's own text or the clock, a note", async () => {
    const search = (subject: string): string =>
      `#include <string.h>\nstatic char own[] = "a:b";\nint f(const char *s) {\n  char *p = strchr(${subject}, 58);\n  return *p;\n}\n`;
    expect(await tierOf(search('s'), 'c-nullable-deref')).toEqual(['finding']);
    expect(await tierOf(search('own'), 'c-nullable-deref')).toEqual(['note']);
    const token = (test: string): string =>
      `#include <string.h>\nsize_t first(char *line) {\n  char *w = strtok(line, " ");\n${test}  return strlen(w);\n}\n`;
    expect(await tierOf(token(''), 'c-nullable-deref')).toEqual(['finding']);
    expect(await tierOf(token('  if (w == NULL)\n    return 0;\n'), 'c-nullable-deref')).toEqual([]);
    const clock =
      '#include <time.h>\nint hour(void) {\n  time_t t = time(0);\n  struct tm *tm = localtime(&t);\n  return tm->tm_hour;\n}\n';
    expect(await tierOf(clock, 'c-nullable-deref')).toEqual(['note']);
  });

  it('getenv measured before a test is a finding; tested first, nothing', async () => {
    const env = (test: string): string =>
      `#include <stdlib.h>\n#include <string.h>\nsize_t f(void) {\n  const char *h = getenv("HOME");\n${test}  return strlen(h);\n}\n`;
    expect(await tierOf(env(''), 'c-nullable-deref')).toEqual(['finding']);
    expect(await tierOf(env('  if (!h)\n    return 0;\n'), 'c-nullable-deref')).toEqual([]);
  });
});
