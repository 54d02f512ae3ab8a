// CWE-328 weak hashes: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { inSecretContext } from '../ruleHelpers';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { harmlessHash } from './lowTier/lowTierShared';
import { useContext } from '../ruleParts/lowTierRule';

const hash = {
  cwe: 'CWE-328',
  severity: 'warning' as const,
  message: 'MD5 or SHA-1 is used where a secret or password is involved; both are broken for security purposes.',
  fix: 'Use SHA-256 or better for integrity, and bcrypt, scrypt, argon2 or PBKDF2 for passwords.',
};

/** Words that make any digest security-relevant, whatever else the code around it says. */
const PROTECTS = /pass(word|wd|phrase)?|pwd|secret|token|nonce|salt|otp|signature|hmac|mac\b/i;

/**
 * A digest that names a cache entry, file or path (`def _path(self, key)`: `hashlib.sha1(key).hexdigest()`): the
 * "key" of a lookup is not a secret, and nothing rests on the hash resisting collisions.
 */
function keyedLookupDigest(node: SyntaxNode): boolean {
  return harmlessHash(node) && !PROTECTS.test(useContext(node));
}

const WEAK_NAME = /^['"`](md5|md4|md2|sha1|sha-1|ripemd160)['"`]$/i;

export const pyWeakHash = callRule({
  ...hash,
  id: 'py-weak-hash',
  languages: ['python'],
  callee: { python: /^(hashlib\.(md5|sha1|new)|md5|sha1|(MD5|SHA|SHA1)\.new|hashes\.(MD5|SHA1))$/ },
  when: (call) =>
    (call.name !== 'hashlib.new' || WEAK_NAME.test(call.args[0]?.text ?? '')) &&
    !/usedforsecurity\s*=\s*False/.test(call.node.text) &&
    inSecretContext(call.node) &&
    !keyedLookupDigest(call.node),
});

export const jsWeakHash = callRule({
  ...hash,
  id: 'js-weak-hash',
  languages: ['javascript', 'typescript'],
  callee: { javascript: /(^|\.)createHash$|(^|\.)createHmac$/, typescript: /(^|\.)createHash$|(^|\.)createHmac$/ },
  when: (call) =>
    WEAK_NAME.test(call.args[0]?.text ?? '') &&
    call.last === 'createHash' &&
    inSecretContext(call.node) &&
    !keyedLookupDigest(call.node),
});

export const goWeakHash = callRule({
  ...hash,
  id: 'go-weak-hash',
  languages: ['go'],
  callee: { go: /^(md5|sha1)\.(New|Sum)$/ },
  when: (call) => inSecretContext(call.node) && !keyedLookupDigest(call.node),
});

export const phpWeakCrypto = callRule({
  ...hash,
  id: 'php-weak-hash',
  languages: ['php'],
  callee: { php: /^(md5|sha1|crypt|hash)$/ },
  when: (call) =>
    (call.name !== 'hash' || WEAK_NAME.test(call.args[0]?.text ?? '')) &&
    inSecretContext(call.node) &&
    !keyedLookupDigest(call.node),
});

export const csWeakHash = callRule({
  id: 'cs-weak-hash',
  cwe: 'CWE-328',
  severity: 'warning',
  languages: ['csharp'],
  message: 'MD5 and SHA-1 are broken for security uses such as password or integrity hashes.',
  fix: 'Use SHA256/SHA512 for integrity and Rfc2898DeriveBytes (PBKDF2) or a dedicated password hasher for passwords.',
  callee: {
    csharp: /^(MD5|SHA1)\.(Create|HashData)$|^new (MD5CryptoServiceProvider|SHA1CryptoServiceProvider|SHA1Managed)$/,
  },
});

export const rustWeakHash = callRule({
  id: 'rust-weak-hash',
  cwe: 'CWE-328',
  severity: 'warning',
  languages: ['rust'],
  message: 'MD5/SHA-1 (md5, sha1, md-5 crates) are broken for integrity and far too fast for passwords.',
  fix: 'Use SHA-256/SHA-3 (sha2, sha3) for integrity and argon2/scrypt/bcrypt for passwords.',
  callee: {
    // Any crate path before the type (`sha1::Sha1`, `sha1_smol::Sha1`, `md_5::Md5`).
    rust: /^(md5::(compute|Context::new)|(\w+::)*Md5::(new|digest)|(\w+::)*Sha1::(new|digest|from)|(\w+::)*Md4::new)$/,
  },
});

/** The same hashes called inside a macro's arguments (`format!("{:x}", md5::compute(pw))`), which are tokens, not calls. */
export const rustWeakHashInMacro: QueryRule = {
  ...rustWeakHash,
  id: 'rust-weak-hash-in-macro',
  kind: 'query',
  query: { rust: '(macro_invocation (token_tree) @args) @hit' },
  predicate: ({ args }) =>
    !!args && /\b(md5::compute|Md5::(new|digest)|Sha1::(new|digest|from)|Md4::new)\s*\(/.test(args.text),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe328WeakHash: readonly Rule[] = [
  pyWeakHash,
  jsWeakHash,
  goWeakHash,
  phpWeakCrypto,
  csWeakHash,
  rustWeakHash,
  rustWeakHashInMacro,
];
