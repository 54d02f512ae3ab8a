// CWE-190 integer overflow or wraparound (Cpp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'cpp-wrapped-new-array-count',
    'cpp',
    cpp('R *f(uint32_t n) { uint32_t s = n + 1; return new R[s]; }'),
    cpp('R *f(uint32_t n) { if (n >= UINT32_MAX) return nullptr; uint32_t s = n + 1; return new R[s]; }'),
    { cwe: 'CWE-190' },
  ],
];

describeRuleCases('CWE-190 integer overflow or wraparound (Cpp rules)', CASES);
