// CWE-194 unexpected sign extension: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-short-length-copy',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(char *dst, const char *src) {\n  short n = 0;\n  scanf("%hd", &n);\n  if (n < 64)\n    memcpy(dst, src, n);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(char *dst, const char *src) {\n  short n = 0;\n  scanf("%hd", &n);\n  if (n >= 0 && n < 64)\n    memcpy(dst, src, n);\n}\n',
    { requireCleanParse: true, name: 'short length bounded from above only', cwe: 'CWE-194' },
  ],
];

describeRuleCases('CWE-194 unexpected sign extension', CASES);
