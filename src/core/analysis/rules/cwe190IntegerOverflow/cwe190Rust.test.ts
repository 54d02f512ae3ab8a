// CWE-190 integer overflow or wraparound (Rust rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'rust-wrapping-size',
    'rust',
    rust('fn f(w: u32, h: u32) -> Vec<u8> { let size = w.wrapping_mul(h) as usize; vec![0; size] }'),
    rust('fn f(w: u32, h: u32) -> Option<Vec<u8>> { let size = w.checked_mul(h)? as usize; Some(vec![0; size]) }'),
    { cwe: 'CWE-190' },
  ],
];

describeRuleCases('CWE-190 integer overflow or wraparound (Rust rules)', CASES);
