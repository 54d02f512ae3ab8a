// CWE-79 cross-site scripting (Python rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'py-reflected-xss',
    'python',
    'from flask import request\n@app.route("/")\ndef f():\n    n = request.args.get("n")\n    return f"<p>{n}</p>"\n',
    'from flask import request\nfrom html import escape\n@app.route("/")\ndef f():\n    n = request.args.get("n")\n    return f"<p>{escape(n)}</p>"\n',
  ],
];

describeRuleCases('CWE-79 cross-site scripting (Python rules)', CASES);
