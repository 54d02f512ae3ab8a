// CWE-191 (C/C++): a length minus a header used as a size; each case flags the flaw and not its fix (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-length-underflow',
    'c',
    'int body(char *dst, const char *pkt, size_t len) {\n  memcpy(dst, pkt + HDR, len - HDR);\n  return 0;\n}\n',
    'int body(char *dst, const char *pkt, size_t len) {\n  if (len < HDR)\n    return -1;\n  memcpy(dst, pkt + HDR, len - HDR);\n  return 0;\n}\n',
    { cwe: 'CWE-191' },
  ],
  [
    'c-length-underflow',
    'c',
    'char *payload(const struct msg *m) {\n  size_t n = m->size - sizeof(struct head);\n  char *p = malloc(n);\n  return p;\n}\n',
    'char *payload(const struct msg *m) {\n  if (m->size < sizeof(struct head))\n    return NULL;\n  size_t n = m->size - sizeof(struct head);\n  char *p = malloc(n);\n  return p;\n}\n',
    { name: 'through a local size' },
  ],
  [
    'c-length-underflow',
    'c',
    'void tail(char *dst, const char *src, size_t len, size_t off) {\n  memcpy(dst, src + off, len - off);\n}\n',
    'void tail(char *dst, const char *src, const char *end, const char *p) {\n  memcpy(dst, p, end - p);\n}\n',
    { name: 'a pointer difference measures memory already there' },
  ],
  [
    'c-length-underflow',
    'c',
    'void word(char *dst, const char *line, size_t len, size_t skip) {\n  size_t n = len - skip;\n  memcpy(dst, line, n);\n}\n',
    "void word(char *dst, const char *line, size_t len) {\n  const char *sp = memchr(line, ' ', len);\n  size_t n = sp - line;\n  memcpy(dst, line, n);\n}\n",
    { name: 'a pointer found inside the same buffer' },
  ],
  [
    'c-length-underflow',
    'c',
    'int tail(char *dst, const char *src, size_t len, size_t off) {\n  size_t n = len - off;\n  memcpy(dst, src + off, n);\n  return 0;\n}\n',
    'int tail(char *dst, const char *src, size_t len, size_t off) {\n  size_t n = len - off;\n  if (n >= 64)\n    return -1;\n  memcpy(dst, src + off, n);\n  return 0;\n}\n',
    { name: 'an upper bound on the difference catches the wrap' },
  ],
  [
    'c-input-arithmetic-underflow',
    'c',
    '#include <stdio.h>\nvoid f(void) {\n  int n = 0;\n  fscanf(stdin, "%d", &n);\n  int r = n - 1;\n  printf("%d", r);\n}\n',
    '#include <stdio.h>\n#include <limits.h>\nvoid f(void) {\n  int n = 0;\n  fscanf(stdin, "%d", &n);\n  if (n > INT_MIN) {\n    int r = n - 1;\n    printf("%d", r);\n  }\n}\n',
    { requireCleanParse: true, name: 'input decremented without a range check', cwe: 'CWE-191' },
  ],
];

describeRuleCases('CWE-191 length underflow (C/C++)', CASES);
