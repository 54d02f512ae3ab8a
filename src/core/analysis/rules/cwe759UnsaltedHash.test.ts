// CWE-759 one-way hashes without a salt: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'fast-password-digest',
    'typescript',
    'export const f = (password: string) => createHash("sha512").update(password).digest("hex");\n',
    'export const f = (body: string) => createHash("sha512").update(body).digest("hex");\n',
    { requireCleanParse: true },
  ],
  [
    'fast-password-digest',
    'go',
    'package a\nfunc h(pwd string) [32]byte { return sha256.Sum256([]byte(pwd)) }\n',
    'package a\nfunc h(blob string) [32]byte { return sha256.Sum256([]byte(blob)) }\n',
    { requireCleanParse: true },
  ],
  [
    'fast-password-digest',
    'php',
    '<?php\n$h = hash("sha512", $salt . $newPassword);\n',
    '<?php\n$h = password_hash($newPassword, PASSWORD_ARGON2ID);\n',
    { requireCleanParse: true },
  ],
  [
    'c-kdf-without-salt',
    'c',
    'int derive(const char *pw, unsigned char *out) {\n  return PKCS5_PBKDF2_HMAC(pw, strlen(pw), NULL, 0, 600000, EVP_sha256(), 32, out);\n}\n',
    'int derive(const char *pw, const unsigned char *salt, unsigned char *out) {\n  return PKCS5_PBKDF2_HMAC(pw, strlen(pw), salt, 16, 600000, EVP_sha256(), 32, out);\n}\n',
    { requireCleanParse: true },
  ],
  [
    'fast-password-digest',
    'c',
    'void store(const char *password, unsigned char *out) {\n  SHA256((const unsigned char *)password, strlen(password), out);\n}\n',
    'void store(const char *file_data, size_t n, unsigned char *out) {\n  SHA256((const unsigned char *)file_data, n, out);\n}\n',
    { name: 'SHA-256 of a password' },
  ],
];

describeRuleCases('CWE-759 one-way hashes without a salt', CASES);
