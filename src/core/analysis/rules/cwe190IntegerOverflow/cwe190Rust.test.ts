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
  [
    'rust-unchecked-offset-sum',
    'rust',
    'fn window(data: &[u8], h: [u8; 8]) -> Option<&[u8]> {\n    let offset = u32::from_le_bytes([h[0], h[1], h[2], h[3]]) as usize;\n    let len = u32::from_le_bytes([h[4], h[5], h[6], h[7]]) as usize;\n    let end = offset + len;\n    if end > data.len() {\n        return None;\n    }\n    Some(unsafe { data.get_unchecked(offset..end) })\n}\n',
    'fn window(data: &[u8], h: [u8; 8]) -> Option<&[u8]> {\n    let offset = u32::from_le_bytes([h[0], h[1], h[2], h[3]]) as usize;\n    let len = u32::from_le_bytes([h[4], h[5], h[6], h[7]]) as usize;\n    let end = offset.checked_add(len)?;\n    if end > data.len() {\n        return None;\n    }\n    Some(unsafe { data.get_unchecked(offset..end) })\n}\n',
    { name: 'two wire values summed, then compared; checked_add', cwe: 'CWE-190', requireCleanParse: true },
  ],
  [
    'rust-unchecked-offset-sum',
    'rust',
    'async fn page(Query(q): Query<Page>) -> String {\n    let start: usize = q.start;\n    let count: usize = q.count;\n    let stop = start + count;\n    if stop > ITEMS.len() {\n        return String::new();\n    }\n    unsafe { render(ITEMS.get_unchecked(start..stop)) }\n}\n',
    'async fn page(Query(q): Query<Page>) -> String {\n    let start: usize = q.start;\n    let count: usize = q.count;\n    if count > 100 || start > ITEMS.len() {\n        return String::new();\n    }\n    let stop = start + count;\n    if stop > ITEMS.len() {\n        return String::new();\n    }\n    unsafe { render(ITEMS.get_unchecked(start..stop)) }\n}\n',
    { name: 'request values summed; both bounded first', cwe: 'CWE-190', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-190 integer overflow or wraparound (Rust rules)', CASES);
