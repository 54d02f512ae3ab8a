// CWE-197 numeric truncation: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-input-truncating-cast',
    'c',
    '#include <stdio.h>\nvoid f(void) {\n  int n = 0;\n  scanf("%d", &n);\n  short s = (short)n;\n  printf("%hd", s);\n}\n',
    '#include <stdio.h>\n#include <limits.h>\nvoid f(void) {\n  int n = 0;\n  scanf("%d", &n);\n  if (n > SHRT_MAX || n < SHRT_MIN) return;\n  short s = (short)n;\n  printf("%hd", s);\n}\n',
    { requireCleanParse: true, name: 'input int cast to short unchecked', cwe: 'CWE-197' },
  ],
];

describeRuleCases('CWE-197 numeric truncation', CASES);
