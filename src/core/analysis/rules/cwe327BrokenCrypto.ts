// CWE-327 broken or risky cryptographic algorithms: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { inSecretContext } from '../ruleHelpers';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf } from '../walk';
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
  // MD5/SHA-1 are reported as weak hashes (CWE-328, go-weak-hash), the more specific weakness.
  callee: { go: /^(des\.(NewCipher|NewTripleDESCipher)|rc4\.NewCipher|blowfish\.NewCipher)$/ },
});

/** OpenSSL ciphers and digests named by function; MD5/SHA-1 count only in a secret context. */
const C_WEAK_API =
  /^(EVP_(des|rc4|bf|rc2|cast5)\w*|EVP_\w+_ecb|DES_\w+|BF_\w+|RC4(_set_key)?|AES_ecb_encrypt|MD5|MD5_Init|SHA1|SHA1_Init|EVP_md5|EVP_sha1|EVP_md4)$/;

/** Look-ups by name (`EVP_get_cipherbyname("des-ede3-cbc")`, `EVP_MD_fetch(NULL, "MD5", NULL)`). */
const C_BY_NAME = /^(EVP_get_cipherbyname|EVP_CIPHER_fetch|EVP_get_digestbyname|EVP_MD_fetch)$/;
const WEAK_CIPHER_NAME = /^"(des|rc4|rc2|bf|blowfish|cast5?|idea|seed)\b[^"]*"$|^"[^"]*-ecb"$/i;
const WEAK_DIGEST_NAME = /^"(md5|md4|md2|sha1|sha-1|ripemd160)"$/i;

export const cWeakCrypto = callRule({
  ...cipher,
  id: 'c-weak-crypto',
  languages: ['c', 'cpp'],
  callee: {
    c: new RegExp(`${C_WEAK_API.source}|${C_BY_NAME.source}`),
    cpp: new RegExp(`${C_WEAK_API.source}|${C_BY_NAME.source}`),
  },
  when: (call) => {
    if (C_BY_NAME.test(call.name)) {
      const names = call.args.map((a) => a.text);
      return (
        names.some((n) => WEAK_CIPHER_NAME.test(n)) ||
        (names.some((n) => WEAK_DIGEST_NAME.test(n)) && inSecretContext(call.node))
      );
    }
    return !/MD5|SHA1|md5|sha1|md4/.test(call.name) || inSecretContext(call.node) || identifiesCertificate(call.node);
  },
});

/**
 * The function fingerprints a certificate or a signed document: MD5/SHA-1 collisions let an attacker make a second
 * certificate with the same digest (the 2008 rogue CA), so a weak digest there is a finding, not a checksum.
 */
function identifiesCertificate(node: SyntaxNode): boolean {
  const scope = scopeOf(node);
  const header = scope.text.slice(0, Math.max(0, scope.text.indexOf('{')));
  return /cert|fingerprint|signature|(?<!un)signed/i.test(header);
}

/** Crypto++ classes of broken ciphers and modes, named as types (`ECB_Mode<AES>::Encryption e;`, `CryptoPP::DES`). */
const CRYPTOPP_WEAK =
  /^(CryptoPP::)?(ECB_Mode|DES|DES_EDE2|DES_EDE3|DES_XEX3|ARC4|Weak1?::ARC4|Blowfish|RC2|RC4|IDEA)$/;

export const cppCryptoppWeak: QueryRule = {
  ...cipher,
  id: 'cpp-cryptopp-weak-cipher',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '[(template_type) (qualified_identifier) (type_identifier)] @hit' },
  predicate: ({ hit }, ctx) => {
    if (!hit || /template_type|qualified_identifier/.test(hit.parent?.type ?? '')) return false;
    const name = (hit.type === 'template_type' ? hit.childForFieldName('name')?.text : hit.text) ?? '';
    // A plain type named DES or Blowfish counts only inside a CryptoPP-qualified name or a file that uses Crypto++.
    return CRYPTOPP_WEAK.test(name.replace(/\s+/g, '')) && /CryptoPP|cryptopp|cryptlib/.test(ctx.code);
  },
};

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

export const rustWeakCipher = callRule({
  ...cipher,
  id: 'rust-weak-cipher',
  languages: ['rust'],
  // RustCrypto block ciphers built directly, or any block cipher wrapped in the ecb crate's mode.
  callee: {
    rust: /(^|::)(Des|TdesEde2|TdesEde3|TdesEee3|Rc4|Rc2|Blowfish)(::<[^>]*>)?::new(_from_slices?)?$|(^|::)ecb::(Encryptor|Decryptor)(::<[^>]*>)?::new(_from_slices?)?$/,
  },
});
const TLS_SETTING = {
  go: '(keyed_element) @hit',
  javascript: '(pair) @hit',
  typescript: '(pair) @hit',
};
/** Protocol floors below TLS 1.2: SSL 3.0, TLS 1.0 and 1.1 are deprecated (RFC 8996) and have practical attacks. */
const OLD_TLS =
  /^(MinVersion|MaxVersion)\s*:\s*tls\.Version(SSL30|TLS10|TLS11)$|^['"]?(minVersion|maxVersion)['"]?\s*:\s*['"]TLSv1(\.1)?['"]$|^['"]?secureProtocol['"]?\s*:\s*['"](SSLv3|TLSv1|TLSv1_1)_(server_|client_)?method['"]$/;

export const oldTlsVersion: QueryRule = {
  id: 'old-tls-version',
  cwe: 'CWE-327',
  severity: 'warning',
  languages: ['go', 'javascript', 'typescript'],
  kind: 'query',
  query: TLS_SETTING,
  message: 'The TLS configuration allows SSL 3.0, TLS 1.0 or TLS 1.1, deprecated protocols with known attacks.',
  fix: "Require TLS 1.2 or later: MinVersion: tls.VersionTLS12 in Go, minVersion: 'TLSv1.2' in Node.",
  predicate: ({ hit }) => hit !== undefined && OLD_TLS.test(hit.text.replace(/\s+/g, ' ').trim()),
};

export const phpWeakCipher = callRule({
  ...cipher,
  id: 'php-weak-cipher',
  languages: ['php'],
  callee: { php: /^(openssl_encrypt|openssl_decrypt|mcrypt_encrypt|mcrypt_decrypt)$/ },
  // openssl names the cipher and mode in one string ('des-ede3-cbc', 'aes-128-ecb'); mcrypt takes constants.
  when: (call) =>
    call.name.startsWith('openssl')
      ? /^['"](des|rc2|rc4|bf|blowfish|cast5|idea|seed)\b|-ecb['"]$|^['"]\w+-\d+-ecb/i.test(call.args[1]?.text ?? '')
      : /MCRYPT_(DES|TRIPLEDES|3DES|RC2|ARCFOUR|BLOWFISH)|MCRYPT_MODE_ECB|['"]ecb['"]/i.test(call.node.text),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe327BrokenCrypto: readonly Rule[] = [
  pyWeakCipher,
  jsWeakCrypto,
  javaWeakCrypto,
  goWeakCrypto,
  cWeakCrypto,
  cppCryptoppWeak,
  csWeakCipher,
  csEcbMode,
  rustWeakCipher,
  oldTlsVersion,
  phpWeakCipher,
];
