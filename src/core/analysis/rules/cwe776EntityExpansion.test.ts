// CWE-776 recursive XML entity expansion: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'libxml-huge',
    'typescript',
    'const doc = parseXml(body, { huge: true });\n',
    'const doc = parseXml(body, { huge: false });\n',
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-776 recursive XML entity expansion', CASES);
