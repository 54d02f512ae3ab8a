// CWE-321 hard-coded cryptographic keys: a key written into the source handed to a cipher, an AEAD, an HMAC or a
// token signer. More specific than CWE-798 (its parent): the literal is known to be key material because of where it
// goes, whatever the variable is called.
import type { Rule } from '../Rule';
import type { Language } from '../../task/Task';
import { callRule } from '../callRule';
import type { CallInfo } from '../callInfo';
import { isLiteralKey } from '../ruleParts/literalKeyBytes';

/** A key-taking call and the position of its key argument (`key` keyword in Python too). */
interface KeySink {
  callee: RegExp;
  arg: number;
}

const JS_SINKS: KeySink[] = [
  { callee: /(^|\.)create(Cipher|Decipher)iv$/, arg: 1 },
  { callee: /(^|\.)createHmac$/, arg: 1 },
  { callee: /(^|\.)createSecretKey$/, arg: 0 },
  { callee: /^jwt\.(sign|verify)$/, arg: 1 },
  { callee: /^CryptoJS\.(AES|DES|TripleDES|Rabbit|RC4)\.(encrypt|decrypt)$|^CryptoJS\.Hmac\w+$/, arg: 1 },
];

const SINKS: Partial<Record<Language, KeySink[]>> = {
  python: [
    { callee: /(^|\.)(AES|DES|DES3|Blowfish|ARC4|ChaCha20|ChaCha20_Poly1305|Salsa20)\.new$/, arg: 0 },
    {
      callee: /(^|\.)(algorithms\.(AES|TripleDES|ChaCha20|Camellia)|AESGCM|AESCCM|AESOCB3|ChaCha20Poly1305|Fernet)$/,
      arg: 0,
    },
    { callee: /^hmac\.(new|digest)$/, arg: 0 },
    { callee: /^jwt\.(encode|decode)$/, arg: 1 },
  ],
  javascript: JS_SINKS,
  typescript: JS_SINKS,
  java: [
    { callee: /^new (javax\.crypto\.spec\.)?SecretKeySpec$/, arg: 0 },
    { callee: /^Algorithm\.HMAC(256|384|512)$/, arg: 0 },
  ],
  go: [
    { callee: /^(aes|des|blowfish|twofish)\.New(Cipher|TripleDESCipher)$/, arg: 0 },
    { callee: /^chacha20poly1305\.NewX?$/, arg: 0 },
    { callee: /^hmac\.New$/, arg: 1 },
  ],
  csharp: [
    {
      callee: /^new (HMAC(SHA1|SHA256|SHA384|SHA512|MD5)|AesGcm|AesCcm|ChaCha20Poly1305|SymmetricSecurityKey)$/,
      arg: 0,
    },
    { callee: /^HMAC(SHA1|SHA256|SHA384|SHA512|MD5)\.HashData$/, arg: 0 },
    { callee: /\.Create(En|De)cryptor$/, arg: 0 },
  ],
  php: [
    { callee: /^openssl_(en|de)crypt$/, arg: 2 },
    { callee: /^hash_hmac$/, arg: 2 },
    { callee: /^sodium_crypto_(secretbox|secretbox_open|aead_\w+_(en|de)crypt)$/, arg: -1 },
    { callee: /^JWT::(encode|decode)$/, arg: 1 },
  ],
  c: [
    { callee: /^AES_set_(en|de)crypt_key$/, arg: 0 },
    { callee: /^EVP_(Encrypt|Decrypt|Cipher)Init(_ex)?$/, arg: 3 },
    { callee: /^HMAC$/, arg: 1 },
  ],
};
SINKS.cpp = SINKS.c;

function keyArgument(call: CallInfo, sink: KeySink): string | undefined {
  const keyword = call.keywords.get('key')?.text;
  if (keyword !== undefined) return keyword;
  return (sink.arg < 0 ? call.args.at(sink.arg) : call.args[sink.arg])?.text;
}

const CALLEES = Object.fromEntries(
  Object.entries(SINKS).map(([language, sinks]) => [language, new RegExp(sinks.map((s) => s.callee.source).join('|'))]),
) as Partial<Record<Language, RegExp>>;

export const hardcodedCryptoKey = callRule({
  id: 'hardcoded-crypto-key',
  cwe: 'CWE-321',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'csharp', 'php', 'c', 'cpp'],
  message:
    'A cipher, HMAC or token signer is given a key written into the source; anyone with the code can decrypt or forge.',
  fix: 'Load the key at run time from a secret store or the environment (or derive it per user); never commit key bytes.',
  callee: CALLEES,
  when: (call, ctx) => {
    const sink = SINKS[ctx.language]?.find((s) => s.callee.test(call.name));
    const key = sink && keyArgument(call, sink);
    return key !== undefined && isLiteralKey(key, ctx.code);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe321HardcodedCryptoKey: readonly Rule[] = [hardcodedCryptoKey];
