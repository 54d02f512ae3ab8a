// CWE-759 one-way hashes without a salt: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { PASSWORD_NAME } from '../localText';
import type { CallInfo } from '../callInfo';

/** OpenSSL one-shot digests (input first) and update calls (input second). */
const C_DIGESTS = /^(SHA(1|224|256|384|512)|MD5)(_Update)?$|^EVP_DigestUpdate$/;

export const fastPasswordDigest = callRule({
  id: 'fast-password-digest',
  cwe: 'CWE-759',
  severity: 'error',
  languages: ['javascript', 'typescript', 'go', 'php', 'java', 'c', 'cpp'],
  message: 'A password is stored as a fast digest (SHA-2, SHA-1, MD5); one GPU tries billions of guesses per second.',
  fix: 'Hash passwords with a slow salted function: argon2id, scrypt, bcrypt or PBKDF2 with a random salt.',
  callee: {
    javascript: /createHash\(.*\)\.update$/,
    typescript: /createHash\(.*\)\.update$/,
    go: /^(sha256|sha512|sha1|md5|sha3)\.Sum\w*$/,
    php: /^hash$/,
    java: /\.digest$/,
    c: C_DIGESTS,
    cpp: C_DIGESTS,
  },
  when: (call) => {
    const input = call.name === 'hash' || /Update$/.test(call.name) ? call.args[1] : call.args[0];
    if (call.name === 'hash' && !/^['"](sha|md|whirlpool|ripemd)/i.test(call.args[0]?.text ?? '')) return false;
    return input !== undefined && PASSWORD_NAME.test(input.text) && !/hash|digest|hmac/i.test(input.text);
  },
});

/** The salt and its length in the OpenSSL, Argon2 and libsodium password hashing calls. */
function saltAndLength(call: CallInfo): [CallInfo['args'][number] | undefined, CallInfo['args'][number] | undefined] {
  if (/^argon2(id|i|d)?_hash_(raw|encoded)$/.test(call.name)) return [call.args[5], call.args[6]];
  if (call.name === 'crypto_pwhash') return [call.args[4], undefined];
  return [call.args[2], call.args[3]];
}

export const cKdfWithoutSalt = callRule({
  id: 'c-kdf-without-salt',
  cwe: 'CWE-759',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The password is derived without a salt (NULL or zero length), so equal passwords give equal hashes and one precomputed table cracks them all.',
  fix: 'Generate 16 or more random bytes per password with RAND_bytes, pass them as the salt and store them beside the hash.',
  callee: {
    c: /^(PKCS5_PBKDF2_HMAC(_SHA1)?|EVP_PBE_scrypt|argon2(id|i|d)?_hash_(raw|encoded))$/,
    cpp: /^(PKCS5_PBKDF2_HMAC(_SHA1)?|EVP_PBE_scrypt|argon2(id|i|d)?_hash_(raw|encoded))$/,
  },
  when: (call) => {
    const [salt, length] = saltAndLength(call);
    return /^(NULL|nullptr|0)$/.test(salt?.text ?? '') || /^0[uUlL]*$/.test(length?.text ?? '');
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe759UnsaltedHash: readonly Rule[] = [fastPasswordDigest, cKdfWithoutSalt];
