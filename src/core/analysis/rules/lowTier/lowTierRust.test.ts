import { describeRuleCases } from '../../ruleCasesTestKit';

describeRuleCases('low tier, Rust', [
  [
    'low-rust-unsafe-block',
    'rust',
    'fn text(b: &[u8]) -> &str {\n    unsafe { std::str::from_utf8_unchecked(b) }\n}\n',
    'fn text(b: &[u8]) -> &str {\n    std::str::from_utf8(b).unwrap_or("")\n}\n',
  ],
  [
    'low-rust-transmute',
    'rust',
    'fn bits(x: f32) -> u32 {\n    unsafe_bits(x)\n}\nfn unsafe_bits(x: f32) -> u32 {\n    std::mem::transmute::<f32, u32>(x)\n}\n',
    'fn bits(x: f32) -> u32 {\n    x.to_bits()\n}\n',
  ],
]);
