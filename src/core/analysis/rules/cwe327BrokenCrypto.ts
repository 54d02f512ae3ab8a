// CWE-327 broken or risky cryptographic algorithms: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { inSecretContext } from '../ruleHelpers';
import { csMemberRule } from '../ruleParts/csharpShape';

const cipher = {
  cwe: 'CWE-327',
  severity: 'error' as const,
  message: 'A broken or risky cipher or mode (DES, 3DES, RC4, Blowfish, ECB) protects this data.',
  fix: 'Use AES-GCM or ChaCha20-Poly1305 with a random nonce from a maintained library.',
};

export const pyWeakCipher = callRule({
  ...cipher,
  id: 'py-weak-cipher',
  languages: ['python'],
  callee: {
    python:
      /^(DES|DES3|ARC4|ARC2|Blowfish|XOR|CAST)\.new$|^(algorithms\.)?(TripleDES|ARC4|Blowfish|IDEA|CAST5|SEED)$|^(modes\.)?ECB$|^AES\.new$|^ssl\.(SSLContext|wrap_socket)$|^(SSL\.)?Context$/,
  },
  // AES itself is fine; only ECB (explicit, or pycryptodome's missing mode) makes it weak. A TLS context is weak
  // when it pins SSL 2/3 or TLS 1.0/1.1 (ssl or pyOpenSSL's method constants).
  when: (call) => {
    if (/SSLContext|wrap_socket|Context$/.test(call.name))
      return /PROTOCOL_(SSLv2|SSLv3|SSLv23|TLSv1|TLSv1_1)\b|SSLv(2|3)_METHOD|TLSv1(_1)?_METHOD/.test(call.node.text);
    return (
      call.name !== 'AES.new' || /MODE_ECB/.test(call.node.text) || (call.args.length < 2 && !call.keywords.has('mode'))
    );
  },
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

export const csWeakCipher = callRule({
  id: 'cs-weak-cipher',
  cwe: 'CWE-327',
  severity: 'error',
  languages: ['csharp'],
  message: 'DES, TripleDES and RC2 are obsolete ciphers with small keys or blocks.',
  fix: 'Use AesGcm (authenticated encryption) with a random 12-byte nonce per message.',
  callee: { csharp: /^(DES|TripleDES|RC2)\.Create$|^new (DES|TripleDES|RC2)CryptoServiceProvider$|\.EncryptEcb$/ },
});

export const csEcbMode: QueryRule = csMemberRule(
  {
    id: 'cs-ecb-mode',
    cwe: 'CWE-327',
    severity: 'error',
    languages: ['csharp'],
    message: 'ECB mode encrypts equal blocks to equal ciphertext, so patterns in the data show through.',
    fix: 'Use AesGcm, or CBC with a random IV plus an HMAC over the ciphertext.',
  },
  /^CipherMode\.ECB$/,
);

/** Every rule in this file, in the order the registry runs them. */
export const cwe327BrokenCrypto: readonly Rule[] = [
  pyWeakCipher,
  jsWeakCrypto,
  javaWeakCrypto,
  goWeakCrypto,
  cWeakCrypto,
  csWeakCipher,
  csEcbMode,
];
