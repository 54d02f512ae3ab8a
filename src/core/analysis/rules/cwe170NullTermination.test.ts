// CWE-170 improper null termination: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-strncpy-unterminated',
    'c',
    'void f(char *d, const char *s) { char n[16]; strncpy(n, s, sizeof n); puts(n); }\n',
    "void f(char *d, const char *s) { char n[16]; strncpy(n, s, sizeof n - 1); n[sizeof n - 1] = '\\0'; puts(n); }\n",
  ],
];

describeRuleCases('CWE-170 improper null termination', CASES);
