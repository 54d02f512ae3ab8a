// CWE-88 argument injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'argument-option-injection',
    'python',
    'import subprocess\ndef f(url):\n    subprocess.run(["git", "clone", url])\n',
    'import subprocess\ndef f(url):\n    subprocess.run(["git", "clone", "--", url])\n',
  ],
];

describeRuleCases('CWE-88 argument injection', CASES);
