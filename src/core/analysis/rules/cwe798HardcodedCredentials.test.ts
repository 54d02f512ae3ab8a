// CWE-798 hard-coded credentials: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'hardcoded-credentials',
    'javascript',
    'const jwtSecret = "k9f3-x81q-77zz";\n',
    'const jwtSecretName = "k9f3-x81q-77zz";\n',
    { name: 'camelCase secret names, and a name that only names the secret' },
  ],
  [
    'hardcoded-credentials',
    'javascript',
    "const mailer = createTransport({ auth: { type: 'OAuth2', clientSecret: 'r7Qp-22vX-k0Lm' } });\n",
    "const mailer = createTransport({ auth: { type: 'OAuth2', clientSecret: 'clientsecret', accessToken: 'access-token' } });\nfetch('/login', { method: 'POST', credentials: 'same-origin' });\n",
    { name: 'a literal client secret; placeholders spelling their key and a fetch credentials mode' },
  ],
  [
    'hardcoded-credentials',
    'javascript',
    "const formats = [{ token: 'v7Tq-91Lx-c2Rm', replacement: stamp }];\n",
    "const formats = [{ token: ':remote-addr', replacement: addr }, { token: ':url', replacement: url }];\n",
    { name: 'a log-format or route placeholder (`:url`) is filled in later, not a secret' },
  ],
  [
    'hardcoded-credentials',
    'python',
    'STRIPE_API_KEY = "sk_live_9f8a7b6c5d"\n',
    'import os\nSTRIPE_API_KEY = os.environ["STRIPE_API_KEY"]\n',
  ],
  [
    'hardcoded-credentials',
    'python',
    'CLIENT = {"api_key": "q8Zt2mW4xv9K"}\n',
    'SCHEMA_HASHES = {"Cloud::Gateway::ApiKey": "q8Zt2mW4xv9K", "billing/api_key": "77e1c0ffee55"}\n',
    { name: 'a qualified type or path used as a table key names a resource kind, not a stored secret' },
  ],
  [
    'java-secret-literal-bytes',
    'java',
    'class A { static final byte[] SIGNING_SECRET = "team-shared-secret".getBytes(); }\n',
    'class A { static final byte[] SIGNING_SECRET = System.getenv("SIGNING_SECRET").getBytes(); }\n',
  ],
  [
    'cs-hardcoded-secret',
    'csharp',
    m('string apiKey = "sk_live_abcdef123456"; return apiKey;'),
    m('string apiKey = Environment.GetEnvironmentVariable("API_KEY"); return apiKey;'),
    { requireCleanParse: true },
  ],
  [
    'rust-hardcoded-secret',
    'rust',
    rust('const API_KEY: &str = "k3y-9f8a7b6c5d";\nfn k() -> &\'static str { API_KEY }'),
    rust(
      'const API_KEY_ENV: &str = "SERVICE_API_KEY";\nfn k() -> String { std::env::var(API_KEY_ENV).unwrap_or_default() }',
    ),
    { cwe: 'CWE-798' },
  ],
  [
    'rust-hardcoded-secret',
    'rust',
    'fn signer() -> Signer {\n    let signing_key = b"0f1e2d3c4b5a69788796a5b4c3d2e1f0".to_vec();\n    Signer::new(signing_key)\n}\n',
    'fn signer() -> Signer {\n    let signing_key = std::env::var("SIGNING_KEY").unwrap().into_bytes();\n    let cache_key = b"user-profile-cache-v2".to_vec();\n    Signer::new(signing_key, cache_key.len())\n}\n',
    { name: 'a byte-string key converted with to_vec; a key read from the environment', cwe: 'CWE-798' },
  ],
  [
    'rust-hardcoded-secret',
    'rust',
    'fn client() -> Client {\n    let api_token = String::from("tok_4f9a8b7c6d5e");\n    Client::new(&api_token)\n}\n',
    'fn client() -> Client {\n    let api_token = String::from("");\n    Client::new(&api_token)\n}\n',
    { name: 'a token literal through String::from', cwe: 'CWE-798' },
  ],
  [
    'cpp-password-literal-equals',
    'cpp',
    'bool unlock(const std::string &password) {\n  return password == "Tr0ub4dor";\n}\n',
    'bool unlock(const std::string &password, const std::string &mode) {\n  return mode == "offline" && !password.empty();\n}\n',
    { name: 'a std::string password compared with == to a literal; a mode compared with a word is not' },
  ],
  [
    'c-password-literal-compare',
    'c',
    'int login(const char *user, const char *password) {\n  return strcmp(user, "admin") == 0 && strcmp(password, "hunter22") == 0;\n}\n',
    'int login(const char *user, const char *password) {\n  return strcmp(user, "admin") == 0 && verify_hash(password, stored_hash_for(user));\n}\n',
    { requireCleanParse: true },
  ],
  [
    'c-password-literal-compare',
    'cpp',
    'bool unlock(const std::string &pin) {\n  return pin.compare("4711") == 0;\n}\n',
    'bool unlock(const std::string &mode) {\n  return mode.compare("fast") == 0;\n}\n',
    { name: 'std::string::compare' },
  ],
];

describeRuleCases('CWE-798 hard-coded credentials', CASES);

// A password-named literal is CWE-259's, not reported twice under the parent CWE-798.
describe('CWE-798 leaves passwords to CWE-259', () => {
  it('reports a hard-coded password once, as CWE-259', async () => {
    const result = await analyzeCode('DB_PASSWORD = "s3cr3t-Value"\n', 'python', nodeParser());
    expect(result.findings.map((f) => f.cwe)).toEqual(['CWE-259']);
  });
});

describe('cpp-password-literal-equals in unit tests', () => {
  it('a test module comparing a parsed value with its literal is a note', async () => {
    const code =
      '#include <gtest/gtest.h>\nTEST(Creds, Parse) {\n  std::string password = parse("user:s3cr3tPw");\n  EXPECT_TRUE(password == "s3cr3tPw");\n}\n';
    const record = await analyzeCode(code, 'cpp', nodeParser());
    expect(record.findings.filter((f) => f.rule === 'cpp-password-literal-equals').map((f) => f.tier)).toEqual([
      'note',
    ]);
  });
});
