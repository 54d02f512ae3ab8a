// CWE-798 hard-coded credentials: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'hardcoded-credentials',
    'python',
    'DB_PASSWORD = "s3cr3t-Value"\n',
    'import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n',
  ],
  [
    'credential-in-literal',
    'go',
    'package m\nconst dsn = "postgres://app:s3cr3tpw@db:5432/x"\n',
    'package m\nvar dsn = os.Getenv("DATABASE_URL")\n',
  ],
  [
    'cs-connection-string-password',
    'csharp',
    m('return new SqlConnection("Server=db;User Id=app;Password=hunter22;");'),
    m('return new SqlConnection(config.GetConnectionString("Main"));'),
    { requireCleanParse: true },
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
