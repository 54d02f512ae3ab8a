// CWE-665 improper initialisation: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-append-uninitialized',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(const char *s) {\n  char buf[64];\n  strncat(buf, s, 10);\n  puts(buf);\n}\n',
    "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(const char *s) {\n  char buf[64];\n  buf[0] = '\\0';\n  strncat(buf, s, 10);\n  puts(buf);\n}\n",
    { requireCleanParse: true, name: 'append to a never-initialised array', cwe: 'CWE-665' },
  ],
];

describeRuleCases('CWE-665 improper initialisation', CASES);
