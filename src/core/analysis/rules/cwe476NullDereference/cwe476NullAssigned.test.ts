// CWE-476 through a pointer set to NULL: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-null-assigned-deref',
    'c',
    'struct pt { int x; };\nint f(void) {\n  struct pt *p = NULL;\n  return p->x;\n}\n',
    'struct pt { int x; };\nint f(struct pt *q) {\n  struct pt *p = NULL;\n  p = q;\n  return p->x;\n}\n',
    { requireCleanParse: true, name: 'NULL is the last value before the dereference', cwe: 'CWE-476' },
  ],
];

describeRuleCases('CWE-476 NULL-assigned dereference', CASES);
