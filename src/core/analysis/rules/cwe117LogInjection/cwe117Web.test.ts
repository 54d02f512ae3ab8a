// CWE-117 log injection (Web rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'cs-log-message-built',
    'csharp',
    m('_logger.LogInformation("user " + s); return s;'),
    m('_logger.LogInformation("user {User}", s); return s;'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-117 log injection (Web rules)', CASES);
