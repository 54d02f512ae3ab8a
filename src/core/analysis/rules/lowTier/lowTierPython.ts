// Low tier, Python: weak hashes and the `random` module, shown with severity `low` (ruleParts/lowTierRule.ts).
import type { Rule } from '../../Rule';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { harmlessHash, harmlessRandom } from './lowTierShared';

const WEAK_ALGORITHM = /^['"](md5|md4|sha1|sha-1)['"]$/i;

export const lowTierPython: readonly Rule[] = lowTierRules({
  languages: ['python'],
  entries: [
    {
      id: 'low-py-weak-hash',
      cwe: 'CWE-328',
      message: 'MD5 and SHA-1 are broken: collisions can be made, so they must not protect anything.',
      fix: 'Use hashlib.sha256 (or blake2b); for a non-security key pass usedforsecurity=False to say so.',
      callee: /^(hashlib\.(md5|sha1|new)|(MD5|SHA|SHA1)\.new)$/,
      when: (node, ctx) => {
        const call = ctx.callAt(node);
        return call.name !== 'hashlib.new' || WEAK_ALGORITHM.test(call.args[0]?.text ?? '');
      },
      harmless: harmlessHash,
    },
    {
      id: 'low-py-predictable-random',
      cwe: 'CWE-330',
      message: 'The random module is predictable (Mersenne Twister); values made with it can be guessed.',
      fix: 'Use the secrets module (secrets.token_urlsafe, secrets.choice) for anything an attacker must not guess.',
      callee: /^random\.(random|randint|randrange|choice|choices|getrandbits|sample|uniform|randbytes)$/,
      harmless: harmlessRandom,
    },
  ],
});
