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
    'python',
    'STRIPE_API_KEY = "sk_live_9f8a7b6c5d"\n',
    'import os\nSTRIPE_API_KEY = os.environ["STRIPE_API_KEY"]\n',
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
];

describeRuleCases('CWE-798 hard-coded credentials', CASES);

// A password-named literal is CWE-259's, not reported twice under the parent CWE-798.
describe('CWE-798 leaves passwords to CWE-259', () => {
  it('reports a hard-coded password once, as CWE-259', async () => {
    const result = await analyzeCode('DB_PASSWORD = "s3cr3t-Value"\n', 'python', nodeParser());
    expect(result.findings.map((f) => f.cwe)).toEqual(['CWE-259']);
  });
});
