// CWE-122 heap buffer overflow: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-unbounded-heap-copy',
    'c',
    'char *join(const char *a, const char *b) {\n  size_t total = strlen(a) + 1;\n  char *p = malloc(total);\n  strcpy(p, a);\n  strcat(p, b);\n  return p;\n}\n',
    'char *join(const char *a, const char *b) {\n  size_t total = strlen(a) + strlen(b) + 1;\n  char *p = malloc(total);\n  strcpy(p, a);\n  strcat(p, b);\n  return p;\n}\n',
    { name: 'a destination sized through a local that measures every source', cwe: 'CWE-122' },
  ],
  [
    'c-unbounded-heap-copy',
    'cpp',
    'class Label {\n public:\n  explicit Label(const char *t) {\n    buf_ = new char[16];\n    strcpy(buf_, t);\n  }\n private:\n  char *buf_;\n};\n',
    'class Label {\n public:\n  explicit Label(const char *t) {\n    buf_ = new char[strlen(t) + 1];\n    strcpy(buf_, t);\n  }\n private:\n  char *buf_;\n};\n',
    { name: 'a member allocated with a constant size in the constructor' },
  ],
  [
    'alloc-without-terminator',
    'cpp',
    'char *copyOf(const char *s) {\n  std::size_t n = std::strlen(s);\n  char *c = new char[n];\n  std::strcpy(c, s);\n  return c;\n}\n',
    'char *copyOf(const char *s) {\n  std::size_t n = std::strlen(s);\n  n += 1;\n  char *c = new char[n];\n  std::strcpy(c, s);\n  return c;\n}\n',
    { name: 'a local set to strlen sizes the array, then strcpy (the safe side adds one first)' },
  ],
  [
    'alloc-without-terminator',
    'c',
    'void named(struct user *u, const char *s) {\n  u->name = malloc(strlen(s));\n  if (u->name) strcpy(u->name, s);\n}\n',
    'void named(struct user *u, const char *s) {\n  u->name = malloc(strlen(s) + 1);\n  if (u->name) strcpy(u->name, s);\n}\n',
    { name: 'a struct member allocated for the characters only' },
  ],
  [
    'alloc-without-terminator',
    'c',
    'char *dup(const char *s) { size_t len = strlen(s); char *out = malloc(len); if (!out) return 0; memcpy(out, s, len); out[len] = 0; return out; }\n',
    'char *dup(const char *s) { size_t len = strlen(s); char *out = malloc(len + 1); if (!out) return 0; memcpy(out, s, len); out[len] = 0; return out; }\n',
  ],
  [
    'c-heap-constant-overrun',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n#define WORD "0123456789"\nvoid f(void) {\n  char src[] = WORD;\n  char *p = malloc(10);\n  if (p == NULL) return;\n  strcpy(p, src);\n  free(p);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\n#define WORD "0123456789"\nvoid f(void) {\n  char src[] = WORD;\n  char *p = malloc(11);\n  if (p == NULL) return;\n  strcpy(p, src);\n  free(p);\n}\n',
    { requireCleanParse: true, name: 'terminator of a known string does not fit the block', cwe: 'CWE-122' },
  ],
  [
    'c-heap-loop-overrun',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(const char *s) {\n  size_t i;\n  char *p = malloc(32);\n  if (p == NULL) return;\n  for (i = 0; i < 64; i++) p[i] = s[i];\n  free(p);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(const char *s) {\n  size_t i;\n  char *p = malloc(64);\n  if (p == NULL) return;\n  for (i = 0; i < 64; i++) p[i] = s[i];\n  free(p);\n}\n',
    { requireCleanParse: true, name: 'loop bound above the allocation', cwe: 'CWE-122' },
  ],
];

describeRuleCases('CWE-122 heap buffer overflow', CASES);
