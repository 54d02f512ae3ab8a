// CWE-916/759: password hashes that are cheap to brute-force: key-derivation functions run with too few
// iterations, bcrypt with a low cost factor, and fast digests (SHA-2, MD5) applied to a password.
import { callRule } from '../callRule';
import { numberValue, PASSWORD_NAME } from '../localText';

/** Below this many PBKDF2 rounds a GPU tries millions of guesses per second (current advice is 600,000). */
const MIN_ITERATIONS = 10_000;
/** bcrypt's cost is a power of two; below 10 a guess costs well under a millisecond. */
const MIN_BCRYPT_COST = 10;

export const lowKdfIterations = callRule({
  id: 'kdf-low-iterations',
  cwe: 'CWE-916',
  severity: 'error',
  languages: ['java', 'c', 'cpp', 'go', 'javascript', 'typescript', 'php'],
  message: 'The password key derivation runs too few iterations, so stolen hashes can be guessed quickly.',
  fix: 'Use at least 600,000 PBKDF2-HMAC-SHA256 iterations (or switch to argon2id/scrypt/bcrypt).',
  callee: {
    java: /^new PBEKeySpec$/,
    c: /^PKCS5_PBKDF2_HMAC(_SHA1)?$/,
    cpp: /^PKCS5_PBKDF2_HMAC(_SHA1)?$/,
    go: /^pbkdf2\.Key$/,
    javascript: /(^|\.)pbkdf2(Sync)?$/,
    typescript: /(^|\.)pbkdf2(Sync)?$/,
    php: /^hash_pbkdf2$/,
  },
  when: (call, ctx) => {
    const position = /PKCS5/.test(call.name) ? 4 : call.name === 'hash_pbkdf2' ? 3 : 2;
    const rounds = numberValue(call.args[position], ctx.code);
    return rounds !== undefined && rounds > 0 && rounds < MIN_ITERATIONS;
  },
});

export const lowBcryptCost = callRule({
  id: 'bcrypt-low-cost',
  cwe: 'CWE-916',
  severity: 'error',
  languages: ['go', 'javascript', 'typescript', 'python', 'java', 'php'],
  message: 'bcrypt runs with a low cost factor, so each password guess is cheap.',
  fix: 'Use a bcrypt cost of at least 12 (bcrypt.DefaultCost is 10, the minimum acceptable).',
  callee: {
    go: /^bcrypt\.GenerateFromPassword$/,
    javascript: /(^|\.)(hash|hashSync|genSalt|genSaltSync)$/,
    typescript: /(^|\.)(hash|hashSync|genSalt|genSaltSync)$/,
    python: /^(bcrypt\.)?gensalt$/,
    java: /^(BCrypt\.)?gensalt$|^new BCryptPasswordEncoder$/,
    php: /^password_hash$/,
  },
  when: (call, ctx) => {
    if (call.name === 'password_hash') {
      const cost = /['"]cost['"]\s*=>\s*(\d+)/.exec(call.node.text)?.[1];
      return cost !== undefined && Number(cost) < MIN_BCRYPT_COST;
    }
    const arg =
      ctx.language === 'python'
        ? (call.keywords.get('rounds') ?? call.args[0])
        : /GenerateFromPassword|(^|\.)hash(Sync)?$/.test(call.name)
          ? call.args[1]
          : call.args.find((a) => !/^BCryptVersion/.test(a.text));
    if (arg && /(^|\.)MinCost$/.test(arg.text)) return true;
    // JS `bcrypt.hash` only counts with a bcrypt receiver: other libraries have unrelated `hash` methods.
    if (/^(hash|hashSync)$/.test(call.last) && !/bcrypt/i.test(call.name)) return false;
    const cost = numberValue(arg, ctx.code);
    return cost !== undefined && cost > 0 && cost < MIN_BCRYPT_COST;
  },
});

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
