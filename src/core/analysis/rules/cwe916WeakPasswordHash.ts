// CWE-916 password hashes with insufficient effort: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { smallNumber } from '../ruleParts/csSmallNumber';
import { numberValue } from '../localText';

/** Below this many PBKDF2 rounds a GPU tries millions of guesses per second (current advice is 600,000). */
const MIN_ITERATIONS = 10_000;

/** bcrypt's cost is a power of two; below 10 a guess costs well under a millisecond. */
const MIN_BCRYPT_COST = 10;

export const csWeakPbkdf2 = callRule({
  id: 'cs-weak-pbkdf2',
  cwe: 'CWE-916',
  severity: 'error',
  languages: ['csharp'],
  message: 'PBKDF2 runs too few iterations (the old default is 1000), so stolen hashes are cheap to brute-force.',
  fix: 'Use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 and at least 600,000 iterations, or a dedicated password hasher.',
  callee: { csharp: /^new Rfc2898DeriveBytes$|^Rfc2898DeriveBytes\.Pbkdf2$/ },
  when: (call) => call.args.length < 3 || smallNumber(call.args[2], 100_000),
});

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

/** Every rule in this file, in the order the registry runs them. */
export const cwe916WeakPasswordHash: readonly Rule[] = [csWeakPbkdf2, lowKdfIterations, lowBcryptCost];
