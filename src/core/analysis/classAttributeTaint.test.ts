// Class attributes carry input between methods (taint.ts classAttributeTaint): an attribute set from the request in
// one method is tainted where another method uses it; one set from a constant is not. Our own snippets.
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const fetcher = (init: string): string =>
  `import requests\nfrom flask import request\nclass Fetcher:\n    def __init__(self):\n${init}    def fetch(self):\n        return requests.get(self.url).text\n`;

const CASES: RuleCase[] = [
  [
    'ssrf-request-url',
    'python',
    fetcher('        self.url = request.args["url"]\n'),
    fetcher('        self.url = "https://status.example.com/health"\n        self.name = request.args["name"]\n'),
    { name: 'an attribute set from the request in __init__ and fetched in another method' },
  ],
  [
    'open-redirect',
    'python',
    'from flask import request, redirect\nclass Login:\n    @staticmethod\n    def noop():\n        pass\n    def read(self):\n        self.next = request.args.get("next")\n    @property\n    def go(self):\n        return redirect(self.next)\n',
    'from flask import request, redirect\nclass Login:\n    def read(self):\n        self.next = request.args.get("next")\n        self.home = "/home"\n    def go(self):\n        return redirect(self.home)\n',
    { name: 'decorated methods are read too; only the tainted attribute counts' },
  ],
];

describeRuleCases('class attributes as carriers of input', CASES);
