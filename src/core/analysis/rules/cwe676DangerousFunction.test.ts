// CWE-676 potentially dangerous functions: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-dangerous-function',
    'c',
    'int port(const char *v) { return atoi(v); }\n',
    'int port(const char *v) { char *e; long p = strtol(v, &e, 10); return *e ? -1 : (int)p; }\n',
  ],
];

describeRuleCases('CWE-676 potentially dangerous functions', CASES);
