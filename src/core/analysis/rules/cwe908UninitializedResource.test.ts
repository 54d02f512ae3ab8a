// CWE-908 use of an uninitialised resource: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-uninitialized-local-read',
    'c',
    'int pick(int a) {\n  int x;\n  if (a > 0)\n    x = 1;\n  return x;\n}\n',
    'int pick(int a) {\n  int x;\n  if (a > 0)\n    x = 1;\n  else\n    x = 2;\n  return x;\n}\n',
    { requireCleanParse: true, cwe: 'CWE-908', name: 'set in an if without else' },
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
];

describeRuleCases('CWE-908 use of an uninitialised resource', CASES);
