// CWE-1240 home-made cryptography: the rule flags each vulnerable snippet and stays silent on the safe one (our own
// snippets); the safe sides include XOR that is not a cipher (a constant-time compare, a checksum).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const R = 'homemade-crypto';

const CASES: RuleCase[] = [
  [
    R,
    'python',
    'def encrypt(data: bytes, key: bytes) -> bytes:\n    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))\n',
    'from cryptography.fernet import Fernet\ndef encrypt(data: bytes, key: bytes) -> bytes:\n    return Fernet(key).encrypt(data)\n',
    { cwe: 'CWE-1240' },
  ],
  [
    R,
    'python',
    'def hash_password(password: str) -> int:\n    h = 0\n    for ch in password:\n        h = (h * 31 + ord(ch)) & 0xFFFFFFFF\n    return h\n',
    'import hashlib, os\ndef hash_password(password: str) -> bytes:\n    salt = os.urandom(16)\n    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)\n',
    { name: 'string hash of a password' },
  ],
  [
    R,
    'javascript',
    "function obfuscate(text, secret) {\n  let out = '';\n  for (let i = 0; i < text.length; i++) out += String.fromCharCode(text.charCodeAt(i) ^ secret.charCodeAt(i % secret.length));\n  return out;\n}\n",
    "const crypto = require('crypto');\nfunction obfuscate(text, key, iv) {\n  const c = crypto.createCipheriv('aes-256-gcm', key, iv);\n  return Buffer.concat([c.update(text, 'utf8'), c.final(), c.getAuthTag()]);\n}\n",
  ],
  [
    R,
    'java',
    'class X { static byte[] encrypt(byte[] data, byte[] key) { byte[] out = new byte[data.length]; for (int i = 0; i < data.length; i++) out[i] = (byte) (data[i] ^ key[i % key.length]); return out; } }\n',
    'class X { static int checksum(byte[] data) { int c = 0; for (byte b : data) c ^= b; return c; } }\n',
  ],
  [
    R,
    'go',
    'package x\n\nfunc Encrypt(data, key []byte) []byte {\n\tout := make([]byte, len(data))\n\tfor i := range data {\n\t\tout[i] = data[i] ^ key[i%len(key)]\n\t}\n\treturn out\n}\n',
    'package x\n\nfunc Parity(data []byte) byte {\n\tvar p byte\n\tfor _, b := range data {\n\t\tp ^= b\n\t}\n\treturn p\n}\n',
  ],
  [
    R,
    'c',
    '#include <string.h>\nvoid encrypt_buf(unsigned char *buf, size_t n, const char *key) {\n    size_t k = strlen(key);\n    for (size_t i = 0; i < n; i++) buf[i] ^= key[i % k];\n}\n',
    '#include <stddef.h>\nint same(const unsigned char *a, const unsigned char *b, size_t n) {\n    unsigned char d = 0;\n    for (size_t i = 0; i < n; i++) d |= a[i] ^ b[i];\n    return d == 0;\n}\n',
  ],
  [
    R,
    'csharp',
    'class C { static byte[] Protect(byte[] data, byte[] key) { var o = new byte[data.Length]; for (int i = 0; i < data.Length; i++) o[i] = (byte)(data[i] ^ key[i % key.Length]); return o; } }\n',
    'using System.Security.Cryptography;\nclass C { static byte[] Protect(byte[] data) => ProtectedData.Protect(data, null, DataProtectionScope.CurrentUser); }\n',
  ],
  [
    R,
    'php',
    "<?php\nfunction xor_encrypt(string $data, string $key): string {\n    $out = '';\n    for ($i = 0; $i < strlen($data); $i++) { $out .= $data[$i] ^ $key[$i % strlen($key)]; }\n    return $out;\n}\n",
    '<?php\nfunction xor_encrypt(string $data, string $key): string {\n    $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);\n    return $nonce . sodium_crypto_secretbox($data, $nonce, $key);\n}\n',
  ],
];

describeRuleCases('CWE-1240 home-made cryptography', CASES);
