// CWE-95 eval injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'py-eval-injection',
    'python',
    'def f(s):\n    return eval(s)\n',
    'import ast\ndef f(s):\n    return ast.literal_eval(s)\n',
    { cwe: 'CWE-95' },
  ],
  [
    'js-eval-injection',
    'javascript',
    "app.post('/calc', (req, res) => {\n  res.json({ result: eval(req.body.expression) });\n});\n",
    "app.post('/calc', (req, res) => {\n  res.json({ result: Number(req.body.expression) });\n});\n",
  ],
  [
    'js-eval-injection',
    'typescript',
    'export function run(expr: string): unknown {\n  return eval(`(${expr})`);\n}\n',
    "export function run(): unknown {\n  return eval('1 + 2');\n}\n",
    { cwe: 'CWE-95' },
  ],
];

describeRuleCases('CWE-95 eval injection', CASES);
