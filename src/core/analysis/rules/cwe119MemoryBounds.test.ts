// CWE-119 operations outside memory bounds: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'rust-unsafe-raw-deref',
    'rust',
    'fn f(v: &[i32]) -> i32 { let p: *const i32 = v.as_ptr(); unsafe { *p.add(10) } }\n',
    'fn f(v: &[i32]) -> Option<i32> { v.get(10).copied() }\n',
  ],
  [
    'rust-set-len',
    'rust',
    rust('fn f(n: usize) -> Vec<u8> { let mut v = Vec::with_capacity(n); unsafe { v.set_len(n); } v }'),
    rust('fn f(n: usize) -> Vec<u8> { vec![0u8; n] }'),
    { cwe: 'CWE-119' },
  ],
];

describeRuleCases('CWE-119 operations outside memory bounds', CASES);
