// CWE-762 mismatched memory management routines: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'cpp-mismatched-delete',
    'cpp',
    'void f() {\n  int *v = new int[8];\n  v[0] = 1;\n  delete v;\n}\n',
    'void f() {\n  int *v = new int[8];\n  v[0] = 1;\n  delete[] v;\n}\n',
    { requireCleanParse: true, name: 'new[] released with delete', cwe: 'CWE-762' },
  ],
  [
    'cpp-mismatched-delete',
    'cpp',
    '#include <cstdlib>\nclass Box {\npublic:\n  explicit Box(char *p) : p_(p) {}\n  ~Box() { delete[] p_; }\nprivate:\n  Box(const Box &);\n  char *p_;\n};\nvoid g() {\n  char *raw = (char *)malloc(8);\n  Box b(raw);\n}\n',
    '#include <cstdlib>\nclass Box {\npublic:\n  explicit Box(char *p) : p_(p) {}\n  ~Box() { free(p_); }\nprivate:\n  Box(const Box &);\n  char *p_;\n};\nvoid g() {\n  char *raw = (char *)malloc(8);\n  Box b(raw);\n}\n',
    { requireCleanParse: true, name: 'member from malloc through the constructor, released with delete[]' },
  ],
  [
    'cpp-free-of-new',
    'cpp',
    '#include <cstdlib>\nvoid f() {\n  int *v = new int;\n  *v = 1;\n  free(v);\n}\n',
    '#include <cstdlib>\nvoid f() {\n  int *v = (int *)malloc(sizeof(int));\n  if (!v) return;\n  *v = 1;\n  free(v);\n}\n',
    { requireCleanParse: true, name: 'new released with free', cwe: 'CWE-762' },
  ],
];

describeRuleCases('CWE-762 mismatched memory management routines', CASES);
