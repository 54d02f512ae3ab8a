// CWE-521 weak password requirements: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'weak-password-minimum',
    'python',
    'def check(password):\n    if len(password) < 6:\n        raise ValueError("short")\n',
    'def check(password):\n    if len(password) < 12:\n        raise ValueError("short")\n',
  ],
];

describeRuleCases('CWE-521 weak password requirements', CASES);
