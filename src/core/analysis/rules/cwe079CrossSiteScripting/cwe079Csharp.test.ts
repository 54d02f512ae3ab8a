// CWE-79 cross-site scripting (Csharp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  ['cs-raw-html', 'csharp', m('return Html.Raw(s);'), m('return Html.Raw("<br/>");'), { requireCleanParse: true }],
  [
    'cs-html-response-built',
    'csharp',
    m('return Response.WriteAsync($"<p>{s}</p>");'),
    m('return Response.WriteAsync($"<p>{WebUtility.HtmlEncode(s)}</p>");'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (Csharp rules)', CASES);
