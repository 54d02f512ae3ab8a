// CWE-127 buffer under-read: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-read-before-buffer',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(char *out) {\n  char buf[64] = "";\n  char *p = buf - 8;\n  strcpy(out, p);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(char *out) {\n  char buf[64] = "";\n  char *p = buf;\n  strcpy(out, p);\n}\n',
    { requireCleanParse: true, name: 'source set before the buffer', cwe: 'CWE-127' },
  ],
];

describeRuleCases('CWE-127 buffer under-read', CASES);
