// CWE-908 use of an uninitialised resource: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-uninitialized-local-read',
    'c',
    'int pick(int a) {\n  int x;\n  if (a > 0)\n    x = 1;\n  return x;\n}\n',
    'int pick(int a) {\n  int x;\n  if (a > 0)\n    x = 1;\n  else\n    x = 2;\n  return x;\n}\n',
    { requireCleanParse: true, cwe: 'CWE-457', name: 'set in an if without else' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'int sum(const int *v, int n) {\n  int s;\n  for (int i = 0; i < n; i++)\n    s += v[i];\n  return s;\n}\n',
    'int sum(const int *v, int n) {\n  int s = 0;\n  for (int i = 0; i < n; i++)\n    s += v[i];\n  return s;\n}\n',
    { requireCleanParse: true, name: 'accumulator never set' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    '#include <stdio.h>\nint twice(void) {\n  int n;\n  printf("%d", n);\n  return 0;\n}\n',
    '#include <stdio.h>\nint twice(void) {\n  int n;\n  if (scanf("%d", &n) != 1)\n    return -1;\n  return n * 2;\n}\n',
    { requireCleanParse: true, name: 'address taken counts as a write' },
  ],
  [
    'c-uninitialized-local-read',
    'cpp',
    'int level(char c) {\n  int l;\n  switch (c) {\n  case 1: l = 1; break;\n  case 2: l = 2; break;\n  }\n  return l;\n}\n',
    'int level(char c) {\n  int l;\n  switch (c) {\n  case 1: l = 1; break;\n  default: l = 0; break;\n  }\n  return l;\n}\n',
    { requireCleanParse: true, name: 'switch without default' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'int code(int a) {\n  int c;\n  if (a == 1)\n    c = 1;\n  else if (a == 2)\n    c = 2;\n  return c;\n}\n',
    'int code(int a) {\n  int c;\n  if (a == 1)\n    c = 1;\n  else if (a == 2)\n    c = 2;\n  else\n    return -1;\n  return c;\n}\n',
    { requireCleanParse: true, name: 'else-if chain without a final else' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'struct node { struct node *next; };\nint count(struct node *head) {\n  struct node *p, *n;\n  int c = 0;\n  for (p = head; p; p = n)\n    c++;\n  return c;\n}\n',
    'struct node { struct node *next; };\nint count(struct node *head) {\n  struct node *p, *n;\n  int c = 0;\n  for (p = head; p; p = n) {\n    n = p->next;\n    c++;\n  }\n  return c;\n}\n',
    { requireCleanParse: true, name: 'a for update reads what the body wrote' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    "long unit(char u, long v) {\n  long scale;\n  switch (u) {\n  case 'k':\n  case 'K':\n    scale = 1024;\n    break;\n  case 'b':\n    break;\n  default:\n    scale = 1;\n  }\n  return v * scale;\n}\n",
    "long unit(char u, long v) {\n  long scale;\n  switch (u) {\n  case 'k':\n  case 'K':\n    scale = 1024;\n    break;\n  default:\n    scale = 1;\n  }\n  return v * scale;\n}\n",
    { requireCleanParse: true, name: 'empty cases fall through to a case that writes' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'int setup(int a, int b) {\n  int err;\n  if (a < 0)\n    goto out;\n  if (b < 0)\n    goto out;\n  return 0;\nout:\n  return err;\n}\n',
    'int setup(int a, int b) {\n  int err;\n  if (a < 0) {\n    err = -1;\n    goto out;\n  }\n  if (b < 0) {\n    err = -2;\n    goto out;\n  }\n  return 0;\nout:\n  return err;\n}\n',
    { requireCleanParse: true, name: 'an error label reached by gotos that each set the code' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'unsigned long long ticks(void) {\n  unsigned int lo, hi;\n  __asm__ volatile("rdtsc" : "=a"(lo));\n  return lo | ((unsigned long long)hi << 32);\n}\n',
    'unsigned long long ticks(void) {\n  unsigned int lo, hi;\n  __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));\n  return lo | ((unsigned long long)hi << 32);\n}\n',
    { requireCleanParse: true, name: 'inline assembly output operands are writes' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'int scan(const char *s, int a) {\n  int n;\n  if (a) {\n    n = 0;\n  } else {\n    if (a > 1)\n      n = 1;\n  }\n  return n;\n}\n',
    'int parse_int(const char *s, int *out);\nint scan(const char *s, int a) {\n  int n;\n  if (a) {\n    n = 0;\n  } else {\n    if (parse_int(s, &n) != 0)\n      n = -1;\n  }\n  return n;\n}\n',
    { requireCleanParse: true, name: 'an if condition that fills the variable runs on both branches' },
  ],
];

describeRuleCases('CWE-908 use of an uninitialised resource', CASES);
