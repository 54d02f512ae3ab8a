// Low tier, Go: math/rand and weak digests, with severity `low` (ruleParts/lowTierRule.ts).
import type { Rule } from '../../Rule';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { harmlessHash, harmlessRandom } from './lowTierShared';

/** math/rand's draws; crypto/rand (also imported as `rand`) has only Read, Int(reader, max) and Prime. */
const MATH_RAND_DRAW =
  /^rand\.(Intn|IntN|Int31n?|Int32N|Int63n?|Int64N|Uint32|Uint64|UintN|Uint64N|Float32|Float64|Perm|Shuffle|ExpFloat64|NormFloat64|N)$/;

export const lowTierGo: readonly Rule[] = lowTierRules({
  languages: ['go'],
  entries: [
    {
      id: 'low-go-math-rand',
      cwe: 'CWE-330',
      message: 'math/rand is a predictable generator; anyone who sees a few values can compute the rest.',
      fix: 'Use crypto/rand (rand.Read, rand.Int(rand.Reader, max)) for ids, tokens, keys and nonces.',
      callee: MATH_RAND_DRAW,
      when: (_node, ctx) => /"math\/rand(\/v2)?"/.test(ctx.code),
      harmless: harmlessRandom,
    },
    {
      id: 'low-go-weak-hash',
      cwe: 'CWE-328',
      message: 'MD5 and SHA-1 are broken: collisions can be made, so they must not protect anything.',
      fix: 'Use crypto/sha256 (or sha512) for integrity, and bcrypt/argon2 for passwords.',
      callee: /^(md5|sha1)\.(New|Sum)$/,
      harmless: harmlessHash,
    },
  ],
});
