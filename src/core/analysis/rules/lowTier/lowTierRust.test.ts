import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';
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

describe('low tier, Rust: documented unsafe', () => {
  const tiers = async (code: string): Promise<string[]> =>
    (await analyzeCode(code, 'rust', nodeParser())).findings
      .filter((f) => f.rule === 'low-rust-unsafe-block')
      .map((f) => f.tier ?? 'finding');

  it('a block under a SAFETY comment, or opening with one, is a note; an undocumented one stays a finding', async () => {
    const above =
      'fn text(b: &[u8]) -> &str {\n    // SAFETY: the caller checked b with from_utf8 first.\n    let s = unsafe { std::str::from_utf8_unchecked(b) };\n    s\n}\n';
    const inside =
      'fn first(v: &[u32]) -> u32 {\n    assert!(!v.is_empty());\n    unsafe {\n        // SAFETY: v is not empty (asserted above).\n        *v.get_unchecked(0)\n    }\n}\n';
    const other =
      'fn text(b: &[u8]) -> &str {\n    // convert without checking\n    let s = unsafe { std::str::from_utf8_unchecked(b) };\n    s\n}\n';
    expect(await tiers(above)).toEqual(['note']);
    expect(await tiers(inside)).toEqual(['note']);
    expect(await tiers(other)).toEqual(['finding']);
  });
});
