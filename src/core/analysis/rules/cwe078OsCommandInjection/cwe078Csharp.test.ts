// CWE-78 OS command injection (Csharp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'cs-process-start-built',
    'csharp',
    'class A { void F(string u) { Process.Start("cmd.exe", "/c ping " + u); } }\n',
    'class A { void F() { Process.Start("ping", "localhost"); } }\n',
  ],
  [
    'cs-process-arguments-built',
    'csharp',
    m('var p = new ProcessStartInfo { FileName = "sh", Arguments = "-c ls " + s }; return p;'),
    m('var p = new ProcessStartInfo { FileName = "ls" }; p.ArgumentList.Add(s); return p;'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-78 OS command injection (Csharp rules)', CASES);
