// CWE-760 one-way hashes with a predictable salt: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { predictableSalt } from './cwe760PredictableSalt';

const CASES: RuleCase[] = [
  [
    'predictable-kdf-salt',
    'go',
    'package keys\nvar appSalt = []byte("fixed-salt")\nfunc Derive(pw string) []byte {\n\treturn pbkdf2.Key([]byte(pw), appSalt, 600000, 32, sha256.New)\n}\n',
    'package keys\nfunc Derive(pw string) ([]byte, []byte) {\n\tsalt := make([]byte, 16)\n\trand.Read(salt)\n\treturn pbkdf2.Key([]byte(pw), salt, 600000, 32, sha256.New), salt\n}\n',
    { name: 'a package-level literal salt; a salt filled by crypto/rand', requireCleanParse: true },
  ],
  [
    'predictable-kdf-salt',
    'javascript',
    "const SALT_TEXT = 'static';\nfunction hash(pw) {\n  return crypto.pbkdf2Sync(pw, SALT_TEXT, 600000, 32, 'sha256');\n}\n",
    "function hash(pw) {\n  const salt = crypto.randomBytes(16);\n  return crypto.pbkdf2Sync(pw, salt, 600000, 32, 'sha256');\n}\n",
    { name: 'a module constant as salt; a random salt' },
  ],
  [
    'weak-password-hash',
    'python',
    'import hashlib\ndef h(pw):\n    return hashlib.pbkdf2_hmac("sha256", pw.encode(), b"static", 600000)\n',
    'import hashlib, os\ndef h(pw):\n    salt = os.urandom(16)\n    return salt, hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600000)\n',
  ],
  [
    'predictable-kdf-salt',
    'javascript',
    "const crypto = require('crypto');\nconst SALT = 'acme';\nfunction h(pw) { return crypto.pbkdf2Sync(pw, SALT, 600000, 32, 'sha256'); }\n",
    "const crypto = require('crypto');\nfunction h(pw) { const salt = crypto.randomBytes(16); return [salt, crypto.pbkdf2Sync(pw, salt, 600000, 32, 'sha256')]; }\n",
  ],
  [
    'predictable-kdf-salt',
    'java',
    'import javax.crypto.spec.PBEKeySpec;\nclass A { PBEKeySpec k(char[] pw, String username) { return new PBEKeySpec(pw, username.getBytes(), 600000, 256); } }\n',
    'import javax.crypto.spec.PBEKeySpec;\nclass A { PBEKeySpec k(char[] pw, byte[] salt) { return new PBEKeySpec(pw, salt, 600000, 256); } }\n',
  ],
  [
    'predictable-kdf-salt',
    'go',
    'package a\n\nimport (\n\t"crypto/sha256"\n\n\t"golang.org/x/crypto/pbkdf2"\n)\n\nfunc K(pw string) []byte {\n\treturn pbkdf2.Key([]byte(pw), []byte("acme-salt"), 600000, 32, sha256.New)\n}\n',
    'package a\n\nimport (\n\t"crypto/sha256"\n\n\t"golang.org/x/crypto/pbkdf2"\n)\n\nfunc K(pw string, salt []byte) []byte {\n\treturn pbkdf2.Key([]byte(pw), salt, 600000, 32, sha256.New)\n}\n',
  ],
  [
    'predictable-kdf-salt',
    'csharp',
    'using System.Security.Cryptography;\nusing System.Text;\nclass A { byte[] K(string pw) => Rfc2898DeriveBytes.Pbkdf2(pw, Encoding.UTF8.GetBytes("acme"), 600000, HashAlgorithmName.SHA256, 32); }\n',
    'using System.Security.Cryptography;\nclass A { byte[] K(string pw, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(pw, salt, 600000, HashAlgorithmName.SHA256, 32); }\n',
  ],
  [
    'predictable-kdf-salt',
    'php',
    "<?php\nfunction k(string $pw): string { return hash_pbkdf2('sha256', $pw, 'acme', 600000); }\n",
    "<?php\nfunction k(string $pw, string $salt): string { return hash_pbkdf2('sha256', $pw, $salt, 600000); }\n",
  ],
  [
    'c-predictable-kdf-salt',
    'c',
    'int derive(const char *pw, unsigned char *out) {\n  unsigned char salt[16];\n  memset(salt, 0, sizeof salt);\n  return PKCS5_PBKDF2_HMAC(pw, strlen(pw), salt, 16, 600000, EVP_sha256(), 32, out);\n}\n',
    'int derive(const char *pw, unsigned char *out, unsigned char *salt) {\n  if (RAND_bytes(salt, 16) != 1) return 0;\n  return PKCS5_PBKDF2_HMAC(pw, strlen(pw), salt, 16, 600000, EVP_sha256(), 32, out);\n}\n',
    { name: 'zeroed salt vs RAND_bytes', requireCleanParse: true },
  ],
  [
    'c-predictable-kdf-salt',
    'c',
    'int derive(const char *pw, unsigned char *out) {\n  return PKCS5_PBKDF2_HMAC(pw, strlen(pw), (const unsigned char *)"pepper-and-salt", 15, 600000, EVP_sha256(), 32, out);\n}\n',
    'int derive(const char *pw, const unsigned char *salt, size_t n, unsigned char *out) {\n  return PKCS5_PBKDF2_HMAC(pw, strlen(pw), salt, n, 600000, EVP_sha256(), 32, out);\n}\n',
    { name: "literal salt vs the caller's salt" },
  ],
  [
    'c-predictable-kdf-salt',
    'cpp',
    'bool derive(const std::string &username, const std::string &pw, unsigned char *out) {\n  return PKCS5_PBKDF2_HMAC(pw.c_str(), pw.size(), (const unsigned char *)username.c_str(), username.size(), 600000, EVP_sha256(), 32, out) == 1;\n}\n',
    'bool derive(const std::string &pw, unsigned char *out) {\n  std::vector<unsigned char> salt(16);\n  RAND_bytes(salt.data(), 16);\n  return PKCS5_PBKDF2_HMAC(pw.c_str(), pw.size(), salt.data(), 16, 600000, EVP_sha256(), 32, out) == 1;\n}\n',
    { name: 'the user name as salt vs a random vector' },
  ],
  [
    'c-predictable-kdf-salt',
    'c',
    'char *hash(const char *pw) {\n  return crypt(pw, "$6$staticsalt$");\n}\n',
    'char *hash(const char *pw, const char *setting) {\n  return crypt(pw, setting);\n}\n',
    { name: 'crypt with a literal setting' },
  ],
];

describeRuleCases('CWE-760 one-way hash with a predictable salt', CASES);

describe('predictableSalt', () => {
  it('treats literals, SALT constants and user names as predictable, other variables as not', () => {
    for (const s of [
      "'x'",
      '"x".getBytes()',
      '[]byte("x")',
      'Encoding.UTF8.GetBytes("x")',
      'APP_SALT',
      'username',
      '$email',
    ])
      expect(predictableSalt(s), s).toBe(true);
    for (const s of ['salt', 'randomSalt', 'crypto.randomBytes(16)', 'SALT_LENGTH_BYTES_x', 'userSalt'])
      expect(predictableSalt(s), s).toBe(false);
  });
});
