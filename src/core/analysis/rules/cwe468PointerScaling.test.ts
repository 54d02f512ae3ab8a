// CWE-468 incorrect pointer scaling: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-scaled-pointer-arithmetic',
    'c',
    'void clear_from(double *samples, int first, int n) {\n  memset(samples + first * sizeof(double), 0, n * sizeof(double));\n}\n',
    'void clear_from(double *samples, int first, int n) {\n  memset(samples + first, 0, n * sizeof(double));\n}\n',
    { requireCleanParse: true, name: 'offset scaled by sizeof on a typed pointer' },
  ],
  [
    'c-scaled-pointer-arithmetic',
    'c',
    'struct rec *nth(struct rec *table, size_t i) {\n  return table + i * sizeof(struct rec);\n}\n',
    'struct rec *nth(unsigned char *raw, size_t i) {\n  return (struct rec *)(raw + i * sizeof(struct rec));\n}\n',
    { requireCleanParse: true, name: 'byte offsets on a char pointer are meant' },
  ],
];

describeRuleCases('CWE-468 incorrect pointer scaling', CASES);
