// CWE-22 path traversal (Csharp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'cs-path-combine-input',
    'csharp',
    m('return File.ReadAllText(Path.Combine("/data", s));'),
    m(
      'var p = Path.GetFullPath(Path.Combine("/data/", s)); if (!p.StartsWith("/data/")) return null; return File.ReadAllText(p);',
    ),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-22 path traversal (Csharp rules)', CASES);
