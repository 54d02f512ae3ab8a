// CWE-328 weak hashes: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'py-weak-hash',
    'python',
    'import hashlib\ndef hash_password(pw):\n    return hashlib.md5(pw.encode()).hexdigest()\n',
    'import hashlib\ndef hash_password(pw, salt):\n    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600000)\n',
  ],
  [
    'cs-weak-hash',
    'csharp',
    'class A { byte[] F(byte[] d) { using var h = MD5.Create(); return h.ComputeHash(d); } }\n',
    'class A { byte[] F(byte[] d) { using var h = SHA256.Create(); return h.ComputeHash(d); } }\n',
  ],
  [
    'rust-weak-hash',
    'rust',
    rust('fn f(p: &str) -> String { let d = md5::compute(p); format!("{:x}", d) }'),
    rust('fn f(p: &str) -> String { let d = Sha256::digest(p); format!("{:x}", d) }'),
    { cwe: 'CWE-328' },
  ],
  [
    'rust-weak-hash-in-macro',
    'rust',
    'fn password_digest(password: &str) -> String {\n    format!("{:x}", md5::compute(password.as_bytes()))\n}\n',
    'fn password_digest(password: &str) -> String {\n    format!("{:x}", Sha256::digest(password.as_bytes()))\n}\n',
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-328 weak hashes', CASES);
