// Low tier, C and C++: unbounded string functions and rand, with severity `low` (ruleParts/lowTierRule.ts).
// c-unbounded-copy (CWE-120) already reports, as a finding, every strcpy/strcat/sprintf it cannot show to fit, and
// c-gets / c-scanf-unbounded every gets and width-less %s scan; where it declines, the context shows the copy fits
// (a literal source, a numeric format, a measured source, a destination sized from it). The copies left here are
// those, so they are notes: learners still see the unbounded API, and nothing is counted twice or against a fit.
import type { Rule } from '../../Rule';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { harmlessHash, harmlessRandom } from './lowTierShared';

const copyMeta = {
  cwe: 'CWE-120',
  fix: 'Use snprintf(dst, sizeof dst, ...), strlcpy/strlcat, or C++ std::string.',
  harmless: (): boolean => true,
};

export const lowTierC: readonly Rule[] = lowTierRules({
  languages: ['c', 'cpp'],
  entries: [
    {
      ...copyMeta,
      id: 'low-c-unbounded-copy',
      message: 'strcpy/strcat copy until the terminator without knowing the destination size; here it seems to fit.',
      callee: /^(std::)?(strcpy|strcat|wcscpy|wcscat)$/,
    },
    {
      ...copyMeta,
      id: 'low-c-unbounded-format',
      message: 'sprintf writes as much as the format produces, with no bound on the destination; here it seems to fit.',
      callee: /^(std::)?(sprintf|vsprintf)$/,
    },
    {
      id: 'low-c-rand',
      cwe: 'CWE-330',
      message: 'rand()/random() are predictable; values made with them can be guessed.',
      fix: 'Use getrandom(), arc4random_buf or RAND_bytes for ids, tokens and keys.',
      callee: /^(std::)?(rand|random|drand48|lrand48)$/,
      harmless: harmlessRandom,
    },
    {
      id: 'low-c-weak-hash',
      cwe: 'CWE-328',
      message: 'MD5, MD4 and SHA-1 have practical collisions; digests made with them can be forged.',
      fix: 'Use SHA-256 (EVP_sha256) for integrity, and a slow salted KDF (PBKDF2, scrypt, argon2) for passwords.',
      callee: /^(std::)?(MD5|MD5_Init|MD4|MD4_Init|SHA1|SHA1_Init|EVP_md5|EVP_md4|EVP_sha1)$/,
      harmless: harmlessHash,
    },
  ],
});
