// CWE-916 password hashes with insufficient effort: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'kdf-low-iterations',
    'java',
    'class H { byte[] h(char[] pw, byte[] s) { return f(new PBEKeySpec(pw, s, 5000, 256)); } }',
    'class H { byte[] h(char[] pw, byte[] s) { return f(new PBEKeySpec(pw, s, 310_000, 256)); } }',
    { requireCleanParse: true },
  ],
  [
    'kdf-low-iterations',
    'c',
    '#define ROUNDS 2048\nint d(const char *p, unsigned char *s, unsigned char *o) { return PKCS5_PBKDF2_HMAC(p, 8, s, 16, ROUNDS, EVP_sha256(), 32, o); }\n',
    '#define ROUNDS 600000\nint d(const char *p, unsigned char *s, unsigned char *o) { return PKCS5_PBKDF2_HMAC(p, 8, s, 16, ROUNDS, EVP_sha256(), 32, o); }\n',
    { requireCleanParse: true },
  ],
  [
    'kdf-low-iterations',
    'javascript',
    'const k = crypto.pbkdf2Sync(pw, salt, 1000, 32, "sha256");\n',
    'const k = crypto.pbkdf2Sync(pw, salt, 600000, 32, "sha256");\n',
    { requireCleanParse: true },
  ],
  [
    'bcrypt-low-cost',
    'go',
    'package a\nfunc h(pw string) ([]byte, error) { return bcrypt.GenerateFromPassword([]byte(pw), 4) }\n',
    'package a\nfunc h(pw string) ([]byte, error) { return bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost+2) }\n',
    { requireCleanParse: true },
  ],
  [
    'bcrypt-low-cost',
    'python',
    'import bcrypt\nh = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=6))\n',
    'import bcrypt\nh = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=13))\n',
    { requireCleanParse: true },
  ],
  [
    'bcrypt-low-cost',
    'javascript',
    'const h = await bcrypt.hash(password, 8);\n',
    'const h = await bcrypt.hash(password, 12);\n',
    { requireCleanParse: true },
  ],
  [
    'cs-weak-pbkdf2',
    'csharp',
    m('return new Rfc2898DeriveBytes(s, salt);'),
    m('return new Rfc2898DeriveBytes(s, salt, 600000, HashAlgorithmName.SHA256);'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-916 password hashes with insufficient effort', CASES);
