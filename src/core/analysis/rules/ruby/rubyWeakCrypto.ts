// CWE-328 weak hash and CWE-338 weak random numbers in Ruby: MD5/SHA-1 digests and `rand`/`Random` where the context
// says secret (a password, token, key, session): findings; the same calls elsewhere (a cache key, a shuffle) are notes.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { inSecretContext } from '../../ruleHelpers';

export const rubyWeakHash = callRule({
  id: 'ruby-weak-hash',
  cwe: 'CWE-328',
  severity: 'warning',
  languages: ['ruby'],
  message:
    'MD5 or SHA-1 hashes a secret (a password, token or key); both are fast and broken, so the value can be brute-forced or collided.',
  fix: 'Hash passwords with BCrypt::Password.create (has_secure_password) or Argon2; use OpenSSL::HMAC with SHA-256 for tokens and signatures.',
  callee: {
    ruby: /^(OpenSSL::)?Digest::(MD5|SHA1)(\.new)?\.(hexdigest|digest|base64digest|new|file)$|^(OpenSSL::)?Digest::(MD5|SHA1)\.new$/,
  },
  tierOf: (call) => (inSecretContext(call.node) ? 'finding' : 'note'),
});

/** Kernel#rand, Random.rand, Random.new.rand, and picking with Array#sample/shuffle (both use the same PRNG). */
const PREDICTABLE =
  /^((Kernel|Random)\.)?rand$|^Random\.new(\(.*\))?\.(rand|bytes)$|^Random\.(bytes|new_seed)$|\.(sample|shuffle)$/;

export const rubyWeakRandom = callRule({
  id: 'ruby-weak-random',
  cwe: 'CWE-338',
  severity: 'warning',
  languages: ['ruby'],
  message:
    "A secret (token, password, key, code) comes from Ruby's default PRNG (rand, Random), whose output can be predicted from earlier values.",
  fix: 'Use SecureRandom (SecureRandom.hex(32), SecureRandom.urlsafe_base64, SecureRandom.random_number) for anything secret.',
  callee: { ruby: PREDICTABLE },
  tierOf: (call) => (inSecretContext(call.node) ? 'finding' : 'note'),
});

export const rubyWeakCrypto: readonly Rule[] = [rubyWeakHash, rubyWeakRandom];
