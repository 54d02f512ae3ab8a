// Low tier, Rust: `unsafe` blocks and transmute, with severity `low` (ruleParts/lowTierRule.ts). Both switch off
// the compiler's checks; they are shown so a reader checks the invariants by hand. A block whose invariant is written
// in a `// SAFETY:` comment is a note.
import type { Rule } from '../../Rule';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { documentedUnsafe } from '../../ruleParts/rustSafetyComment';

export const lowTierRust: readonly Rule[] = lowTierRules({
  languages: ['rust'],
  entries: [
    {
      id: 'low-rust-unsafe-block',
      cwe: 'CWE-119',
      message: 'An unsafe block turns off bounds and lifetime checks; every access inside must be proven by hand.',
      fix: 'Use safe APIs (slices, get(), checked indexing); keep unsafe small and document its invariant.',
      query: '(unsafe_block) @hit',
      harmless: documentedUnsafe,
    },
    {
      id: 'low-rust-transmute',
      cwe: 'CWE-676',
      message: 'transmute reinterprets bits with no check of size, alignment or validity.',
      fix: 'Use from_ne_bytes/to_ne_bytes, From/TryFrom, bytemuck, or pointer casts with checked alignment.',
      callee: /^((std|core)::)?(mem::)?transmute(::<.*>)?$/,
    },
  ],
});
