// CWE-321 hard-coded cryptographic keys: the rule flags each vulnerable snippet and stays silent on the safe one
// (our own snippets), and the literal-key test tells literals from keys loaded at run time.
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { isLiteralKey } from '../ruleParts/literalKeyBytes';

const R = 'hardcoded-crypto-key';

const CASES: RuleCase[] = [
  [
    R,
    'python',
    'from Crypto.Cipher import AES\nKEY = b"0123456789abcdef"\ndef seal(data):\n    return AES.new(KEY, AES.MODE_GCM).encrypt_and_digest(data)\n',
    'import os\nfrom Crypto.Cipher import AES\nKEY = bytes.fromhex(os.environ["DATA_KEY"])\ndef seal(data):\n    return AES.new(KEY, AES.MODE_GCM).encrypt_and_digest(data)\n',
    { cwe: 'CWE-321' },
  ],
  [
    R,
    'python',
    'import hmac, hashlib\ndef sign(body):\n    return hmac.new(b"webhook-signing", body, hashlib.sha256).hexdigest()\n',
    'import hmac, hashlib\ndef sign(body, key):\n    return hmac.new(key, body, hashlib.sha256).hexdigest()\n',
    { name: 'HMAC key' },
  ],
  [
    R,
    'javascript',
    "const crypto = require('crypto');\nconst KEY = Buffer.from('00112233445566778899aabbccddeeff', 'hex');\nfunction enc(iv, t) { return crypto.createCipheriv('aes-128-gcm', KEY, iv).update(t); }\n",
    "const crypto = require('crypto');\nconst KEY = Buffer.from(process.env.DATA_KEY, 'hex');\nfunction enc(iv, t) { return crypto.createCipheriv('aes-128-gcm', KEY, iv).update(t); }\n",
  ],
  [
    R,
    'javascript',
    "const jwt = require('jsonwebtoken');\nfunction token(user) { return jwt.sign({ sub: user.id }, 'my-jwt-secret'); }\n",
    "const jwt = require('jsonwebtoken');\nfunction token(user) { return jwt.sign({ sub: user.id }, process.env.JWT_SECRET); }\n",
    { name: 'token signing key' },
  ],
  [
    R,
    'java',
    'import javax.crypto.spec.SecretKeySpec;\nclass K { SecretKeySpec k() { return new SecretKeySpec("0123456789abcdef".getBytes(), "AES"); } }\n',
    'import javax.crypto.spec.SecretKeySpec;\nclass K { SecretKeySpec k(byte[] raw) { return new SecretKeySpec(raw, "AES"); } }\n',
  ],
  [
    R,
    'go',
    'package k\n\nimport "crypto/aes"\n\nvar key = []byte("0123456789abcdef")\n\nfunc Block() { aes.NewCipher(key) }\n',
    'package k\n\nimport (\n\t"crypto/aes"\n\t"os"\n)\n\nvar key = []byte(os.Getenv("DATA_KEY"))\n\nfunc Block() { aes.NewCipher(key) }\n',
  ],
  [
    R,
    'csharp',
    'using System.Security.Cryptography;\nusing System.Text;\nclass S { byte[] Mac(byte[] d) { using var h = new HMACSHA256(Encoding.UTF8.GetBytes("webhook-secret")); return h.ComputeHash(d); } }\n',
    'using System.Security.Cryptography;\nclass S { byte[] Mac(byte[] key, byte[] d) { using var h = new HMACSHA256(key); return h.ComputeHash(d); } }\n',
  ],
  [
    R,
    'php',
    "<?php\nfunction seal($t, $iv) { return openssl_encrypt($t, 'aes-256-cbc', 'k3y-in-the-source-code', 0, $iv); }\n",
    "<?php\nfunction seal($t, $iv) { return openssl_encrypt($t, 'aes-256-cbc', getenv('DATA_KEY'), 0, $iv); }\n",
  ],
  [
    R,
    'c',
    '#include <openssl/aes.h>\nstatic const unsigned char KEY[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};\nvoid setup(AES_KEY *ks) { AES_set_encrypt_key(KEY, 128, ks); }\n',
    '#include <openssl/aes.h>\nvoid setup(AES_KEY *ks, const unsigned char *key) { AES_set_encrypt_key(key, 128, ks); }\n',
  ],
];

describeRuleCases('CWE-321 hard-coded cryptographic keys', CASES);

describe('isLiteralKey', () => {
  it('accepts literals and names bound to literals, refuses run-time values', () => {
    const code = 'KEY = b"0123456789abcdef"\nother = os.urandom(32)\n$secret = \'abcd-efgh\';\n';
    for (const k of ['b"0123456789abcdef"', '"k3y-value".getBytes()', '[]byte("abcdefgh")', 'KEY', '$secret'])
      expect(isLiteralKey(k, code), k).toBe(true);
    for (const k of ['other', 'key', 'os.environ["K"]', 'Buffer.from(process.env.K, "hex")', '"ab"'])
      expect(isLiteralKey(k, code), k).toBe(false);
  });
});
