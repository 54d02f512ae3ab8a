// CWE-908 through a struct field: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-unset-struct-field',
    'c',
    '#include <stdio.h>\nstruct pair { int a; int b; };\nvoid f(void) {\n  struct pair p;\n  p.a = 1;\n  printf("%d\\n", p.b);\n}\n',
    '#include <stdio.h>\nstruct pair { int a; int b; };\nvoid f(void) {\n  struct pair p;\n  p.a = 1;\n  p.b = 2;\n  printf("%d\\n", p.b);\n}\n',
    { requireCleanParse: true, name: 'field never set before it is printed', cwe: 'CWE-908' },
  ],
];

describeRuleCases('CWE-908 unset struct field', CASES);
