// CWE-190 integer overflow or wraparound (C rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-alloc-size-overflow',
    'c',
    'void *f(size_t n, size_t m) { return malloc(n * m); }\n',
    'void *f(size_t n, size_t m) { return calloc(n, m); }\n',
  ],
  [
    'c-bounds-check-sum-wraps',
    'c',
    'int f(char *d, const char *s, unsigned o, unsigned l, unsigned n) { if (o + l > n) return -1; memcpy(d, s + o, l); return 0; }\n',
    'int f(char *d, const char *s, unsigned o, unsigned l, unsigned n) { if (o > n || l > n - o) return -1; memcpy(d, s + o, l); return 0; }\n',
  ],
  [
    'c-bounds-check-sum-wraps',
    'c',
    'int put(char *d, size_t used, size_t cap, const char *s, size_t n) {\n  size_t need = used + n;\n  if (need > cap)\n    return -1;\n  memcpy(d + used, s, n);\n  return 0;\n}\n',
    'int put(char *d, size_t used, size_t cap, const char *s, size_t n) {\n  size_t need = used + n;\n  if (need < used)\n    return -1;\n  if (need > cap)\n    return -1;\n  memcpy(d + used, s, n);\n  return 0;\n}\n',
    { name: 'a local sum compared with the capacity, and its wrap test' },
  ],
  [
    'narrow-size-arithmetic',
    'java',
    'class A { byte[] f(int c, int s) { int t = c * s; if (t > 100) return null; return new byte[t]; } }\n',
    'class A { byte[] f(int c, int s) { long t = (long) c * s; if (t > 100) return null; return new byte[(int) t]; } }\n',
  ],
  [
    'narrow-size-arithmetic',
    'cpp',
    'char *img(int w, int h) {\n  if (w <= 0 || h <= 0) return nullptr;\n  int bytes = w * h * 4;\n  return new char[bytes];\n}\n',
    'char *img(int w, int h) {\n  if (w <= 0 || h <= 0) return nullptr;\n  if (w > INT_MAX / 4 / h) return nullptr;\n  int bytes = w * h * 4;\n  return new char[bytes];\n}\n',
    { name: 'a division-form overflow test (w > MAX / 4 / h) bounds both factors' },
  ],
  [
    'c-input-arithmetic-overflow',
    'c',
    '#include <stdio.h>\nvoid f(void) {\n  int n = 0;\n  scanf("%d", &n);\n  int r = n * 2;\n  printf("%d", r);\n}\n',
    '#include <stdio.h>\n#include <limits.h>\nvoid f(void) {\n  int n = 0;\n  scanf("%d", &n);\n  if (n < INT_MAX / 2 && n > INT_MIN / 2) {\n    int r = n * 2;\n    printf("%d", r);\n  }\n}\n',
    { requireCleanParse: true, name: 'input doubled without a range check', cwe: 'CWE-190' },
  ],
  [
    'c-input-arithmetic-overflow',
    'c',
    '#include <stdio.h>\n#include <stdlib.h>\nstatic void sink(int v) {\n  int r = v + 1;\n  printf("%d", r);\n}\nvoid f(void) {\n  int v = rand();\n  sink(v);\n}\n',
    '#include <stdio.h>\n#include <stdlib.h>\nstatic void sink(int v) {\n  int r = v + 1;\n  printf("%d", r);\n}\nvoid f(void) {\n  int v = 5;\n  sink(v);\n}\n',
    { requireCleanParse: true, name: 'rand() value reaching a sink function' },
  ],
];

describeRuleCases('CWE-190 integer overflow or wraparound (C rules)', CASES);
