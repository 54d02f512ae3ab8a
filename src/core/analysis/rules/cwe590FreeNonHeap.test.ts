// CWE-590 free of memory not on the heap: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-free-non-heap',
    'c',
    '#include <stdlib.h>\nvoid done(void) {\n  char buf[32];\n  free(buf);\n}\n',
    '#include <stdlib.h>\nvoid done(void) {\n  char *buf = malloc(32);\n  free(buf);\n}\n',
    { requireCleanParse: true, cwe: 'CWE-590', name: 'stack array freed' },
  ],
  [
    'c-free-non-heap',
    'c',
    '#include <stdlib.h>\nvoid done(int big) {\n  char local[16];\n  char *p = local;\n  free(p);\n}\n',
    '#include <stdlib.h>\nvoid done(int big) {\n  char local[16];\n  char *p = local;\n  if (big)\n    p = malloc(64);\n  if (p != local)\n    free(p);\n}\n',
    { requireCleanParse: true, name: 'pointer that only ever held a stack array' },
  ],
  [
    'c-free-non-heap',
    'c',
    '#include <stdlib.h>\nvoid reset(void) {\n  int counter = 0;\n  free(&counter);\n}\n',
    '#include <stdlib.h>\nvoid reset(int *counter) {\n  free(counter);\n}\n',
    { requireCleanParse: true, name: 'address of a local' },
  ],
  [
    'cpp-delete-non-heap',
    'cpp',
    'void run() {\n  int scratch[8];\n  delete[] scratch;\n}\n',
    'void run() {\n  int *scratch = new int[8];\n  delete[] scratch;\n}\n',
    { requireCleanParse: true, cwe: 'CWE-590', name: 'delete of a stack array' },
  ],
];

describeRuleCases('CWE-590 free of memory not on the heap', CASES);
