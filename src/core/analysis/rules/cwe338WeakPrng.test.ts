// CWE-338 cryptographically weak random number generators: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const rust = (body: string): string => body;

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'py-insecure-random',
    'python',
    'import random\ndef make_token():\n    return random.randint(0, 10**9)\n',
    'import secrets\ndef make_token():\n    return secrets.token_hex(16)\n',
  ],
  [
    'js-insecure-random',
    'javascript',
    'function makeToken() { return Math.random().toString(36); }\n',
    'function makeToken() { return crypto.randomBytes(16).toString("hex"); }\n',
  ],
  [
    'cs-insecure-random',
    'csharp',
    'class Tokens\n{\n    string NewToken() => new Random().Next().ToString();\n}\n',
    'class Tokens\n{\n    string NewToken() => RandomNumberGenerator.GetInt32(int.MaxValue).ToString();\n}\n',
    { requireCleanParse: true },
  ],
  [
    'rust-seeded-rng',
    'rust',
    rust('fn token(t: u64) -> u64 { let mut r = StdRng::seed_from_u64(t); r.next_u64() }'),
    rust('fn token() -> u64 { OsRng.next_u64() }'),
    { cwe: 'CWE-338' },
  ],
  [
    'rust-fast-rng-secret',
    'rust',
    'fn make_invite() -> String {\n    let mut rng = SmallRng::from_entropy();\n    let token: String = (&mut rng).sample_iter(&Alphanumeric).take(32).map(char::from).collect();\n    token\n}\n',
    'fn make_invite() -> String {\n    let mut rng = OsRng;\n    let token: String = (&mut rng).sample_iter(&Alphanumeric).take(32).map(char::from).collect();\n    token\n}\n',
    { name: 'SmallRng drawing a token; OsRng', cwe: 'CWE-338', requireCleanParse: true },
  ],
  [
    'rust-fast-rng-secret',
    'rust',
    'fn reset_code() -> u32 {\n    fastrand::u32(100_000..1_000_000)\n}\n',
    'fn spawn_jitter() -> u64 {\n    let mut rng = SmallRng::from_entropy();\n    let delay_ms = rng.gen_range(0..250);\n    delay_ms\n}\n',
    {
      name: 'fastrand for a reset code; SmallRng for retry jitter is no secret',
      cwe: 'CWE-338',
      requireCleanParse: true,
    },
  ],
  [
    'cpp-predictable-engine-secret',
    'cpp',
    cpp('unsigned make_token() { std::mt19937 gen(42); return gen(); }'),
    cpp('unsigned make_token() { std::random_device gen; return gen(); }'),
    { cwe: 'CWE-338' },
  ],
  [
    'java-insecure-random',
    'java',
    'class Codes {\n  private final Random rng = new Random();\n  String newInviteToken() {\n    return Long.toHexString(rng.nextLong());\n  }\n}\n',
    'class Codes {\n  private final SecureRandom rng = new SecureRandom();\n  String newInviteToken() {\n    return Long.toHexString(rng.nextLong());\n  }\n}\n',
    { name: 'a Random field drawn for a token' },
  ],
];

describeRuleCases('CWE-338 cryptographically weak random number generators', CASES);
