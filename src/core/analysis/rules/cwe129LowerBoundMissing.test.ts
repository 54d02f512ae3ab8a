// CWE-129 upper-bound-only index tests (cwe129LowerBoundMissing.ts): each rule flags its vulnerable snippet and stays
// silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-index-lower-bound-missing-read',
    'c',
    'static const int prices[5] = {1, 2, 3, 4, 5};\nint price(int id) {\n  if (id >= 5) return -1;\n  return prices[id];\n}\n',
    'static const int prices[5] = {1, 2, 3, 4, 5};\nint price(int id) {\n  if (id < 0 || id >= 5) return -1;\n  return prices[id];\n}\n',
    { cwe: 'CWE-125' },
  ],
  [
    'c-index-lower-bound-missing-read',
    'cpp',
    'static const int prices[5] = {1, 2, 3, 4, 5};\nint price(int id) {\n  if (id >= 5) return -1;\n  return prices[id];\n}\n',
    'static const int prices[5] = {1, 2, 3, 4, 5};\nint price(std::size_t id) {\n  if (id >= 5) return -1;\n  return prices[id];\n}\n',
    { name: 'an unsigned index cannot be negative' },
  ],
  [
    'c-index-lower-bound-missing-write',
    'c',
    'int slots[8];\nvoid put(int k, int v) {\n  if (k > 7) return;\n  slots[k] = v;\n}\n',
    'int slots[8];\nvoid put(int k, int v) {\n  if ((unsigned)k > 7) return;\n  slots[k] = v;\n}\n',
    { cwe: 'CWE-787', name: 'a cast to unsigned before the test rejects negatives too' },
  ],
];

describeRuleCases('CWE-129 index compared with the upper end only', CASES);
