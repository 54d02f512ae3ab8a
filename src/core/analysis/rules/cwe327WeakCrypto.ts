// CWE-327/328: broken ciphers and cipher modes (DES, RC4, ECB) and fast hashes (MD5, SHA-1) used for secrets.
import { callRule } from '../callRule';
import { inSecretContext } from '../ruleHelpers';

const cipher = {
  cwe: 'CWE-327',
  severity: 'error' as const,
  message: 'A broken or risky cipher or mode (DES, 3DES, RC4, Blowfish, ECB) protects this data.',
  fix: 'Use AES-GCM or ChaCha20-Poly1305 with a random nonce from a maintained library.',
};
const hash = {
  cwe: 'CWE-328',
  severity: 'warning' as const,
  message: 'MD5 or SHA-1 is used where a secret or password is involved; both are broken for security purposes.',
  fix: 'Use SHA-256 or better for integrity, and bcrypt, scrypt, argon2 or PBKDF2 for passwords.',
};
const WEAK_NAME = /^['"`](md5|md4|md2|sha1|sha-1|ripemd160)['"`]$/i;

export const pyWeakCipher = callRule({
  ...cipher,
  id: 'py-weak-cipher',
  languages: ['python'],
  callee: {
    python:
      /^(DES|DES3|ARC4|ARC2|Blowfish|XOR|CAST)\.new$|^(algorithms\.)?(TripleDES|ARC4|Blowfish|IDEA|CAST5|SEED)$|^(modes\.)?ECB$|^AES\.new$/,
  },
  // AES itself is fine; only ECB (explicit, or pycryptodome's missing mode) makes it weak.
  when: (call) =>
    call.name !== 'AES.new' || /MODE_ECB/.test(call.node.text) || (call.args.length < 2 && !call.keywords.has('mode')),
});

export const pyWeakHash = callRule({
  ...hash,
  id: 'py-weak-hash',
  languages: ['python'],
  callee: { python: /^(hashlib\.(md5|sha1|new)|md5|sha1|(MD5|SHA|SHA1)\.new|hashes\.(MD5|SHA1))$/ },
  when: (call) =>
    (call.name !== 'hashlib.new' || WEAK_NAME.test(call.args[0]?.text ?? '')) &&
    !/usedforsecurity\s*=\s*False/.test(call.node.text) &&
    inSecretContext(call.node),
});

export const jsWeakCrypto = callRule({
  ...cipher,
  id: 'js-weak-crypto',
  languages: ['javascript', 'typescript'],
  callee: {
    javascript: /(^|\.)(createCipheriv|createDecipheriv|createCipher|createDecipher)$/,
    typescript: /(^|\.)(createCipheriv|createDecipheriv|createCipher|createDecipher)$/,
  },
  when: (call) =>
    /createC|createD/.test(call.last) &&
    (!/iv$/.test(call.last) || /des|rc4|rc2|bf|blowfish|ecb/i.test(call.args[0]?.text ?? '')),
});

export const jsWeakHash = callRule({
  ...hash,
  id: 'js-weak-hash',
  languages: ['javascript', 'typescript'],
  callee: { javascript: /(^|\.)createHash$|(^|\.)createHmac$/, typescript: /(^|\.)createHash$|(^|\.)createHmac$/ },
  when: (call) => WEAK_NAME.test(call.args[0]?.text ?? '') && call.last === 'createHash' && inSecretContext(call.node),
});

export const javaWeakCrypto = callRule({
  ...cipher,
  id: 'java-weak-crypto',
  languages: ['java'],
  callee: { java: /^(Cipher|MessageDigest)\.getInstance$/ },
  when: (call) => {
    const algo = call.args[0]?.text ?? '';
    return call.name.startsWith('MessageDigest')
      ? /^"(MD5|MD2|MD4|SHA-?1)"$/i.test(algo) && inSecretContext(call.node)
      : /^"(DES|DESede|RC4|RC2|Blowfish|ARCFOUR|AES)"$|\/ECB\//i.test(algo);
  },
});

export const goWeakCrypto = callRule({
  ...cipher,
  id: 'go-weak-crypto',
  languages: ['go'],
  callee: { go: /^(des\.(NewCipher|NewTripleDESCipher)|rc4\.NewCipher|blowfish\.NewCipher|(md5|sha1)\.(New|Sum))$/ },
  when: (call) => !/^(md5|sha1)\./.test(call.name) || inSecretContext(call.node),
});

export const cWeakCrypto = callRule({
  ...cipher,
  id: 'c-weak-crypto',
  languages: ['c', 'cpp'],
  callee: {
    c: /^(EVP_(des|rc4|bf|rc2|cast5)\w*|EVP_\w+_ecb|DES_\w+|BF_\w+|RC4(_set_key)?|MD5|MD5_Init|SHA1|SHA1_Init|EVP_md5|EVP_sha1|EVP_md4)$/,
    cpp: /^(EVP_(des|rc4|bf|rc2|cast5)\w*|EVP_\w+_ecb|DES_\w+|BF_\w+|RC4(_set_key)?|MD5|MD5_Init|SHA1|SHA1_Init|EVP_md5|EVP_sha1|EVP_md4)$/,
  },
  when: (call) => !/MD5|SHA1|md5|sha1|md4/.test(call.name) || inSecretContext(call.node),
});

export const phpWeakCrypto = callRule({
  ...hash,
  id: 'php-weak-hash',
  languages: ['php'],
  callee: { php: /^(md5|sha1|crypt|hash)$/ },
  when: (call) => (call.name !== 'hash' || WEAK_NAME.test(call.args[0]?.text ?? '')) && inSecretContext(call.node),
});
