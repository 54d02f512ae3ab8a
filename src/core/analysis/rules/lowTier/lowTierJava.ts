// Low tier, Java: MessageDigest with MD5/SHA-1 and java.util.Random, with severity `low` (ruleParts/lowTierRule.ts).
import type { Rule } from '../../Rule';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { harmlessHash, harmlessRandom } from './lowTierShared';

export const lowTierJava: readonly Rule[] = lowTierRules({
  languages: ['java'],
  entries: [
    {
      id: 'low-java-weak-digest',
      cwe: 'CWE-328',
      message: 'MessageDigest with MD5 or SHA-1: both are broken, collisions can be made.',
      fix: 'Use MessageDigest.getInstance("SHA-256") or better.',
      callee: /^MessageDigest\.getInstance$/,
      when: (node, ctx) => /^"(MD5|MD2|MD4|SHA-?1|SHA)"$/i.test(ctx.callAt(node).args[0]?.text ?? ''),
      harmless: harmlessHash,
    },
    {
      id: 'low-java-util-random',
      cwe: 'CWE-330',
      message: 'java.util.Random and Math.random are predictable; values made with them can be guessed.',
      fix: 'Use java.security.SecureRandom for ids, tokens and keys.',
      callee: /^(new Random|new java\.util\.Random|Math\.random)$/,
      harmless: harmlessRandom,
    },
  ],
});
