// CWE-124 buffer underwrite: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-write-before-buffer',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(const char *s) {\n  char buf[64];\n  char *p = buf - 4;\n  strncpy(p, s, 63);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(const char *s) {\n  char buf[64];\n  char *p = buf + 4;\n  strncpy(p, s, 59);\n}\n',
    { requireCleanParse: true, name: 'destination set before the buffer', cwe: 'CWE-124' },
  ],
];

describeRuleCases('CWE-124 buffer underwrite', CASES);
