// CWE-760 one-way hashes with a predictable salt: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';
import { smallNumber } from '../ruleParts/smallNumberText';

export const weakPasswordHash = callRule({
  id: 'weak-password-hash',
  cwe: 'CWE-760',
  severity: 'error',
  languages: ['python'],
  message: 'A password is hashed with a constant salt, too few iterations or a fast unsalted hash.',
  fix: 'Use bcrypt, scrypt, argon2 or PBKDF2 with a random per-user salt (os.urandom(16)) and a high iteration count.',
  callee: { python: /^hashlib\.(pbkdf2_hmac|scrypt|sha256|sha512|sha224|sha384|sha3_256|blake2b)$/ },
  when: (call) => {
    if (/pbkdf2_hmac|scrypt/.test(call.name)) {
      const salt = call.keywords.get('salt') ?? call.args[2];
      const rounds = call.keywords.get('iterations') ?? call.args[3];
      return (salt !== undefined && isConstant(salt)) || smallNumber(rounds?.text, 10000);
    }
    return /pass(word|wd)?|pwd/i.test(call.args[0]?.text ?? '');
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe760PredictableSalt: readonly Rule[] = [weakPasswordHash];
