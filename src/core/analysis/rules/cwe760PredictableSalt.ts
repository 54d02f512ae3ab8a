// CWE-760 one-way hashes with a predictable salt: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { scopeOf } from '../walk';
import { isConstant } from '../stringShape';
import { smallNumber } from '../ruleParts/smallNumberText';
import { bufferName, predictableBuffer } from '../ruleParts/cPredictableBytes';

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

/**
 * A salt anyone can predict: a literal (`'app-salt'`, `"x".getBytes()`, `[]byte("x")`, `Encoding.UTF8.GetBytes("x")`),
 * an upper-case constant named like a salt (`SALT`, `APP_SALT`), or the user's own name or email.
 */
export function predictableSalt(text: string | undefined): boolean {
  if (!text) return false;
  const t = text.replace(/\s+/g, '');
  const literal = `(?:b?"[^"]*"|b?'[^']*'|\`[^\`]*\`)`;
  return (
    new RegExp(`^${literal}(?:\\.(?:getBytes|encode)\\([^)]*\\))?$`).test(t) ||
    new RegExp(`^(?:\\[\\]byte|Buffer\\.from)\\(${literal}\\)$`).test(t) ||
    new RegExp(`^Encoding\\.\\w+\\.GetBytes\\(${literal}\\)$`).test(t) ||
    /^(?:[A-Z][A-Z0-9]*_)*SALT(?:_[A-Z0-9]+)*(?:\.(?:getBytes|encode)\([^)]*\))?$/.test(t) ||
    /^\$?(?:user(?:_?name)?|email|login)(?:\.(?:getBytes|encode)\([^)]*\)|\.lower\(\))?$/i.test(t)
  );
}

/** The salt argument's position per key-derivation call. */
function saltOf(name: string, args: { text: string }[]): string | undefined {
  if (/hash_pbkdf2$/.test(name)) return args[2]?.text;
  return args[1]?.text;
}

export const predictableKdfSalt = callRule({
  id: 'predictable-kdf-salt',
  cwe: 'CWE-760',
  severity: 'error',
  languages: ['javascript', 'typescript', 'java', 'go', 'csharp', 'php'],
  message: 'A password is derived with a salt that is constant or derived from the user name, so it is predictable.',
  fix: 'Generate a random salt per password (crypto.randomBytes(16), SecureRandom, crypto/rand, RandomNumberGenerator, random_bytes) and store it with the hash.',
  callee: {
    javascript: /(^|\.)(pbkdf2|pbkdf2Sync|scrypt|scryptSync)$/,
    typescript: /(^|\.)(pbkdf2|pbkdf2Sync|scrypt|scryptSync)$/,
    java: /^new PBEKeySpec$/,
    go: /^(pbkdf2\.Key|scrypt\.Key|argon2\.IDKey|argon2\.Key)$/,
    csharp: /^(new Rfc2898DeriveBytes|Rfc2898DeriveBytes\.Pbkdf2)$/,
    php: /^hash_pbkdf2$/,
  },
  when: (call, ctx) => {
    const salt = saltOf(call.name, call.args);
    if (predictableSalt(salt)) return true;
    // A name (`appSalt`, `const salt = 'notes'`) whose every assignment, in the function or at the top of the file, is
    // a predictable value; a name also filled at run time (`rand.Read(salt)`) is not.
    if (!salt || !/^[A-Za-z_$][\w$]*$/.test(salt)) return false;
    let root = call.node;
    while (root.parent) root = root.parent;
    const scope = scopeOf(call.node);
    const values = [scope, root].flatMap((s) => ctx.assignmentsTo(s, salt)).map((a) => a.value.text);
    const filled = ctx.callsIn(scope).some((c) => c.node !== call.node && c.args.some((a) => a.text === salt));
    return values.length > 0 && !filled && values.every((v) => predictableSalt(v));
  },
});

/** The salt argument of the C password hashing calls: third for PBKDF2/scrypt, sixth for Argon2, fifth for libsodium. */
function cSaltOf(name: string, args: readonly SyntaxNode[]): SyntaxNode | undefined {
  if (/^argon2/.test(name)) return args[5];
  if (name === 'crypto_pwhash') return args[4];
  if (name === 'crypt' || name === 'crypt_r') return args[1];
  return args[2];
}

/** A user name or e-mail as the salt: the same for everyone who knows the account, so tables can be built per user. */
const USER_VALUE = /^(\w+(\.|->))?(user(_?name)?|login|email|account)s?(\[\w+\])?$/i;

export const cPredictableKdfSalt = callRule({
  id: 'c-predictable-kdf-salt',
  cwe: 'CWE-760',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'The password is hashed with a salt that is a literal, zeroed or fixed bytes, or the user name, so anyone can precompute guesses for it.',
  fix: 'Fill the salt with RAND_bytes (16 bytes or more) for every password and store it with the hash.',
  callee: {
    c: /^(PKCS5_PBKDF2_HMAC(_SHA1)?|EVP_PBE_scrypt|argon2(id|i|d)?_hash_(raw|encoded)|crypto_pwhash|crypt|crypt_r)$/,
    cpp: /^(PKCS5_PBKDF2_HMAC(_SHA1)?|EVP_PBE_scrypt|argon2(id|i|d)?_hash_(raw|encoded)|crypto_pwhash|crypt|crypt_r)$/,
  },
  when: (call, ctx) => {
    const salt = cSaltOf(call.name, call.args);
    if (!salt || /^(NULL|nullptr|0)$/.test(salt.text)) return false; // no salt at all is CWE-759
    // crypt's "salt" is a setting string: a literal one ("$6$fixed$") fixes the salt for every password.
    if (/^crypt(_r)?$/.test(call.name)) return /^"/.test(salt.text);
    const name = bufferName(salt);
    return (name !== undefined && USER_VALUE.test(name)) || predictableBuffer(salt, call.node, ctx);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe760PredictableSalt: readonly Rule[] = [weakPasswordHash, predictableKdfSalt, cPredictableKdfSalt];
