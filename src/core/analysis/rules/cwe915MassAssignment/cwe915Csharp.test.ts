// CWE-915 mass assignment of object attributes (Csharp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'cs-mass-assignment',
    'csharp',
    m('db.Entry(entity).CurrentValues.SetValues(input); return entity;', 'User input'),
    m('entity.Name = input.Name; return entity;', 'User input'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-915 mass assignment of object attributes (Csharp rules)', CASES);
