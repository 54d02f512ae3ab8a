// CWE-759 one-way hashes without a salt: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { PASSWORD_NAME } from '../localText';

export const fastPasswordDigest = callRule({
  id: 'fast-password-digest',
  cwe: 'CWE-759',
  severity: 'error',
  languages: ['javascript', 'typescript', 'go', 'php', 'java'],
  message: 'A password is stored as a fast digest (SHA-2, SHA-1, MD5); one GPU tries billions of guesses per second.',
  fix: 'Hash passwords with a slow salted function: argon2id, scrypt, bcrypt or PBKDF2 with a random salt.',
  callee: {
    javascript: /createHash\(.*\)\.update$/,
    typescript: /createHash\(.*\)\.update$/,
    go: /^(sha256|sha512|sha1|md5|sha3)\.Sum\w*$/,
    php: /^hash$/,
    java: /\.digest$/,
  },
  when: (call) => {
    const input = call.name === 'hash' ? call.args[1] : call.args[0];
    if (call.name === 'hash' && !/^['"](sha|md|whirlpool|ripemd)/i.test(call.args[0]?.text ?? '')) return false;
    return input !== undefined && PASSWORD_NAME.test(input.text) && !/hash|digest|hmac/i.test(input.text);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe759UnsaltedHash: readonly Rule[] = [fastPasswordDigest];
