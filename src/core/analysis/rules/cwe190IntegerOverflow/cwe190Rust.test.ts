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
  [
    'rust-input-size-product',
    'rust',
    'async fn img(Query(q): Query<Dims>) -> usize {\n    let w: u32 = q.w;\n    let h: u32 = q.h;\n    let size = w * h * 4;\n    vec![0u8; size as usize].len()\n}\n',
    'async fn img(Query(q): Query<Dims>) -> usize {\n    let w: u32 = q.w;\n    let h: u32 = q.h;\n    let size = w.checked_mul(h).and_then(|n| n.checked_mul(4)).unwrap_or(0);\n    vec![0u8; size as usize].len()\n}\n',
    { cwe: 'CWE-190' },
  ],
  [
    'rust-input-size-product',
    'rust',
    'async fn canvas(Query(s): Query<Size>) -> Vec<u8> {\n    let pixels = s.width * s.height;\n    if pixels > LIMIT {\n        return Vec::new();\n    }\n    Vec::with_capacity(pixels as usize * 4)\n}\n',
    'async fn canvas(Query(s): Query<Size>) -> Vec<u8> {\n    let pixels = s.width * s.height;\n    println!("{}", pixels);\n    Vec::new()\n}\n',
    { name: 'a product bound to a plain name that later sizes an allocation; one only printed', cwe: 'CWE-190' },
  ],
];

describeRuleCases('CWE-190 integer overflow or wraparound (Rust rules)', CASES);
