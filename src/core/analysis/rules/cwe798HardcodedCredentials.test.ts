// CWE-798 hard-coded credentials: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
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
  ['hardcoded-credentials', 'python', 'dbPassword = "Tr0ub4dor3"\n', 'dbPasswordField = "Tr0ub4dor3"\n'],
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
];

describeRuleCases('CWE-798 hard-coded credentials', CASES);
