// CWE-601 open redirect: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'open-redirect',
    'python',
    'from flask import request, redirect\ndef f():\n    return redirect(request.args["next"])\n',
    'from flask import request, redirect, url_for\ndef f():\n    return redirect(url_for("home"))\n',
  ],
  [
    'cs-open-redirect',
    'csharp',
    m('return Redirect(s);'),
    m('if (!Url.IsLocalUrl(s)) return Redirect("/"); return Redirect(s);'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-601 open redirect', CASES);
