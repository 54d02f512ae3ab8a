// CWE-215 sensitive data in debugging output: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [['py-debug-mode', 'python', 'app.run(debug=True)\n', 'app.run(debug=False)\n']];

describeRuleCases('CWE-215 sensitive data in debugging output', CASES);
