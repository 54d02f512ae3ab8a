// CWE-215 sensitive data in debugging output: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  ['py-debug-mode', 'python', 'app.run(debug=True)\n', 'app.run(debug=False)\n'],
  [
    'py-debug-flag',
    'python',
    'from flask import Flask\napp = Flask(__name__)\napp.debug = True\n',
    'import os\nfrom flask import Flask\napp = Flask(__name__)\napp.debug = os.environ.get("FLASK_DEBUG") == "1"\n',
  ],
];

describeRuleCases('CWE-215 sensitive data in debugging output', CASES);
