// Low tier, JavaScript and TypeScript: Math.random and weak digests, with severity `low` (ruleParts/lowTierRule.ts).
import type { Rule } from '../../Rule';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { harmlessHash, harmlessRandom } from './lowTierShared';

export const lowTierJavaScript: readonly Rule[] = lowTierRules({
  languages: ['javascript', 'typescript'],
  entries: [
    {
      id: 'low-js-math-random',
      cwe: 'CWE-330',
      message: 'Math.random is not a cryptographic generator; its values can be predicted.',
      fix: 'Use crypto.getRandomValues, crypto.randomUUID or crypto.randomBytes for ids, tokens and keys.',
      callee: /^Math\.random$/,
      harmless: harmlessRandom,
    },
    {
      id: 'low-js-weak-hash',
      cwe: 'CWE-328',
      message: 'MD5 and SHA-1 are broken: collisions can be made, so they must not protect anything.',
      fix: "Use createHash('sha256') or better.",
      callee: /(^|\.)createHash$/,
      when: (node, ctx) => /^['"`](md5|sha1|sha-1)['"`]$/i.test(ctx.callAt(node).args[0]?.text ?? ''),
      harmless: harmlessHash,
    },
  ],
});
