// CWE-131 incorrect buffer size calculation: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-allocation-size-mismatch',
    'c',
    '#include <stdlib.h>\nint *make(size_t n) {\n  int *v = malloc(n);\n  return v;\n}\n',
    '#include <stdlib.h>\nint *make(size_t n) {\n  int *v = malloc(n * sizeof *v);\n  return v;\n}\n',
    { requireCleanParse: true, cwe: 'CWE-131', name: 'element count used as a byte count' },
  ],
  [
    'c-allocation-size-mismatch',
    'c',
    '#include <stdlib.h>\nstruct node { int key; struct node *next; };\nstruct node *make(void) {\n  struct node *n = malloc(sizeof(n));\n  return n;\n}\n',
    '#include <stdlib.h>\nstruct node { int key; struct node *next; };\nstruct node *make(void) {\n  struct node *n = malloc(sizeof(*n));\n  return n;\n}\n',
    { requireCleanParse: true, name: 'sizeof the pointer instead of the pointee' },
  ],
  [
    'c-allocation-size-mismatch',
    'c',
    '#include <stdlib.h>\nlong *grow(long *p, size_t count) {\n  p = realloc(p, count);\n  return p;\n}\n',
    '#include <stdlib.h>\nchar *grow(char *p, size_t count) {\n  p = realloc(p, count);\n  return p;\n}\n',
    { requireCleanParse: true, name: 'byte-sized elements need no sizeof' },
  ],
];

describeRuleCases('CWE-131 incorrect buffer size calculation', CASES);
