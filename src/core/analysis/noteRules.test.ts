// Rules that replaced "no rule yet" analyzerNotes: each flags a vulnerable snippet with its id and CWE and
// stays quiet on the safe idiom (snippets are our own, not the knowledge-base pairs).
import { expectRuleSeparates } from './ruleTestKit';
import { describe, it } from 'vitest';
import type { Language } from '../task/Task';

type Case = [rule: string, language: Language, vulnerable: string, safe: string];

const CASES: Case[] = [
  [
    'kdf-low-iterations',
    'java',
    'class H { byte[] h(char[] pw, byte[] s) { return f(new PBEKeySpec(pw, s, 5000, 256)); } }',
    'class H { byte[] h(char[] pw, byte[] s) { return f(new PBEKeySpec(pw, s, 310_000, 256)); } }',
  ],
  [
    'kdf-low-iterations',
    'c',
    '#define ROUNDS 2048\nint d(const char *p, unsigned char *s, unsigned char *o) { return PKCS5_PBKDF2_HMAC(p, 8, s, 16, ROUNDS, EVP_sha256(), 32, o); }\n',
    '#define ROUNDS 600000\nint d(const char *p, unsigned char *s, unsigned char *o) { return PKCS5_PBKDF2_HMAC(p, 8, s, 16, ROUNDS, EVP_sha256(), 32, o); }\n',
  ],
  [
    'kdf-low-iterations',
    'javascript',
    'const k = crypto.pbkdf2Sync(pw, salt, 1000, 32, "sha256");\n',
    'const k = crypto.pbkdf2Sync(pw, salt, 600000, 32, "sha256");\n',
  ],
  [
    'bcrypt-low-cost',
    'go',
    'package a\nfunc h(pw string) ([]byte, error) { return bcrypt.GenerateFromPassword([]byte(pw), 4) }\n',
    'package a\nfunc h(pw string) ([]byte, error) { return bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost+2) }\n',
  ],
  [
    'bcrypt-low-cost',
    'python',
    'import bcrypt\nh = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=6))\n',
    'import bcrypt\nh = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=13))\n',
  ],
  [
    'bcrypt-low-cost',
    'javascript',
    'const h = await bcrypt.hash(password, 8);\n',
    'const h = await bcrypt.hash(password, 12);\n',
  ],
  [
    'fast-password-digest',
    'typescript',
    'export const f = (password: string) => createHash("sha512").update(password).digest("hex");\n',
    'export const f = (body: string) => createHash("sha512").update(body).digest("hex");\n',
  ],
  [
    'fast-password-digest',
    'go',
    'package a\nfunc h(pwd string) [32]byte { return sha256.Sum256([]byte(pwd)) }\n',
    'package a\nfunc h(blob string) [32]byte { return sha256.Sum256([]byte(blob)) }\n',
  ],
  [
    'fast-password-digest',
    'php',
    '<?php\n$h = hash("sha512", $salt . $newPassword);\n',
    '<?php\n$h = password_hash($newPassword, PASSWORD_ARGON2ID);\n',
  ],
  [
    'c-short-rsa-key',
    'c',
    'int g(EVP_PKEY_CTX *c) { return EVP_PKEY_CTX_set_rsa_keygen_bits(c, 512); }\n',
    'int g(EVP_PKEY_CTX *c) { return EVP_PKEY_CTX_set_rsa_keygen_bits(c, 4096); }\n',
  ],
  [
    'short-modulus-option',
    'typescript',
    'const make = promisify(generateKeyPair);\nexport const k = () => make("rsa", { modulusLength: 1024 });\n',
    'const make = promisify(generateKeyPair);\nexport const k = () => make("rsa", { modulusLength: 3072 });\n',
  ],
  [
    'time-based-uuid-secret',
    'python',
    'import uuid\ndef new_session():\n    session_token = uuid.uuid1().hex\n    return session_token\n',
    'import uuid\ndef new_row():\n    row = uuid.uuid1().hex\n    return row\n',
  ],
  [
    'predictable-temp-path',
    'javascript',
    'function save(data) {\n  const base = os.tmpdir();\n  const p = path.join(base, "report-" + process.pid);\n  fs.writeFileSync(p, data);\n}\n',
    'function save(data) {\n  const base = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));\n  const p = path.join(base, "out");\n  fs.writeFileSync(p, data);\n}\n',
  ],
  [
    'predictable-temp-path',
    'go',
    'package a\nfunc w(b []byte) error { return os.WriteFile(os.TempDir()+"/cache.bin", b, 0o600) }\n',
    'package a\nfunc w(b []byte) error { f, err := os.CreateTemp("", "cache-*"); if err != nil { return err }; _, err = f.Write(b); return err }\n',
  ],
  [
    'predictable-temp-path',
    'java',
    'class T { File t() throws Exception { return File.createTempFile("x", ".tmp"); } }',
    'class T { Path t() throws Exception { return Files.createTempFile("x", ".tmp"); } }',
  ],
  [
    'js-world-writable-mode',
    'javascript',
    'fs.mkdirSync(dir, { recursive: true, mode: 0o777 });\n',
    'fs.mkdirSync(dir, { recursive: true, mode: 0o700 });\n',
  ],
  ['js-world-writable-mode', 'typescript', 'fs.chmodSync(file, 0o646);\n', 'fs.chmodSync(file, 0o644);\n'],
  [
    'java-world-writable-permissions',
    'java',
    'class P { void p(Path f) throws Exception { Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-rw-")); } }',
    'class P { void p(Path f) throws Exception { Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----")); } }',
  ],
  [
    'libxml-noent',
    'javascript',
    'const doc = libxmljs.parseXmlString(body, { noent: true });\n',
    'const doc = libxmljs.parseXmlString(body, { noent: false, nonet: true });\n',
  ],
  [
    'libxml-huge',
    'typescript',
    'const doc = parseXml(body, { huge: true });\n',
    'const doc = parseXml(body, { huge: false });\n',
  ],
  [
    'java-xxe-feature-on',
    'java',
    'class X { void x(SAXParserFactory f) throws Exception { f.setFeature("http://xml.org/sax/features/external-general-entities", true); } }',
    'class X { void x(SAXParserFactory f) throws Exception { f.setFeature("http://xml.org/sax/features/external-general-entities", false); } }',
  ],
  [
    'java-xxe-feature-on',
    'java',
    'class X { void x(DocumentBuilderFactory f) throws Exception { f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false); } }',
    'class X { void x(DocumentBuilderFactory f) throws Exception { f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); } }',
  ],
  [
    'cpp-regex-nested-quantifier',
    'cpp',
    '#include <regex>\nbool ok(const std::string &s) { return std::regex_match(s, std::regex("^(\\\\w+\\\\s?)+$")); }\n',
    '#include <regex>\nbool ok(const std::string &s) { return std::regex_match(s, std::regex("^\\\\w+(\\\\s\\\\w+)*$")); }\n',
  ],
  [
    'cpp-regex-nested-quantifier',
    'cpp',
    '#include <regex>\nstatic const std::regex r(R"(^(a|b+)*(x+)+$)");\n',
    '#include <regex>\nstatic const std::string label("(x+)+ is a bad pattern");\n',
  ],
  [
    'ldap-filter-unescaped',
    'java',
    'class G { String f(String uid) { String filter = "(uid=" + uid + ")"; return filter; } }',
    'class G { String f(String uid) { String filter = "(uid=" + escapeLdap(uid) + ")"; return filter; } }',
  ],
  [
    'ldap-filter-unescaped',
    'javascript',
    'client.search(base, { filter: `(&(objectClass=user)(mail=${mail}))` }, done);\n',
    'client.search(base, { filter: `(&(objectClass=user)(mail=${escapeFilter(mail)}))` }, done);\n',
  ],
  [
    'ldap-filter-unescaped',
    'go',
    'package a\nfunc f(cn string) string { return fmt.Sprintf("(&(objectClass=group)(cn=%s))", cn) }\n',
    'package a\nfunc f(cn string) string { return fmt.Sprintf("(&(objectClass=group)(cn=%s))", ldap.EscapeFilter(cn)) }\n',
  ],
  [
    'mongo-where-built',
    'java',
    'class R { Object f(String n) { return col.find(new Document("$where", "this.name == \'" + n + "\'")); } }',
    'class R { Object f(String n) { return col.find(Filters.eq("name", n)); } }',
  ],
  [
    'mongo-where-built',
    'javascript',
    'function older(age) { return users.find({ $where: `this.age > ${age}` }); }\n',
    'function older(age) { return users.find({ age: { $gt: Number(age) } }); }\n',
  ],
  [
    'go-decoded-bson-filter',
    'go',
    'package a\nfunc h(c *mongo.Collection, r *http.Request) {\n\tvar f bson.M\n\t_ = json.NewDecoder(r.Body).Decode(&f)\n\t_, _ = c.Find(r.Context(), f)\n}\n',
    'package a\nfunc h(c *mongo.Collection, r *http.Request) {\n\tvar q query\n\t_ = json.NewDecoder(r.Body).Decode(&q)\n\tf := bson.D{{Key: "tag", Value: q.Tag}}\n\t_, _ = c.Find(r.Context(), f)\n}\n',
  ],
  [
    'php-request-in-mongo-filter',
    'php',
    "<?php\n$doc = $col->findOne(['email' => $_GET['email']]);\n",
    "<?php\n$doc = $col->findOne(['email' => (string) $_GET['email']]);\n",
  ],
];

describe('rules that replaced "no rule yet" analyzer notes', () => {
  it.each(CASES)(
    '%s (%s) flags the vulnerable snippet and not the safe one',
    async (rule, language, vulnerable, safe) => {
      await expectRuleSeparates(rule, language, vulnerable, safe, { requireCleanParse: true });
    },
  );
});
