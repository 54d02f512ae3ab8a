// CWE-521 weak password requirements: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'weak-password-minimum',
    'python',
    'def check(password):\n    if len(password) < 6:\n        raise ValueError("short")\n',
    'def check(password):\n    if len(password) < 12:\n        raise ValueError("short")\n',
  ],
  [
    'weak-password-minimum',
    'typescript',
    'const Signup = z.object({ email: z.string().email(), password: z.string().min(6) });\n',
    'const Env = z.object({ SMTP_HOST: z.string().min(1), SMTP_PASS: z.string().min(1) });\nconst Signup = z.object({ email: z.string().email(), password: z.string().min(12) });\n',
    { name: 'a zod password field; configuration keys beside it are no policy' },
  ],
  [
    'weak-password-minimum',
    'javascript',
    'const RegisterBody = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });\n',
    'const LoginBody = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });\n',
    { name: 'a sign-in schema only asks for the password it verifies' },
  ],
  [
    'weak-password-minimum',
    'java',
    'class Signup {\n  void check(String password) {\n    if (password.length() < 6) {\n      throw new IllegalArgumentException("password too short");\n    }\n  }\n}\n',
    'class Cursor {\n  int at;\n  boolean atEnd(int[] marks) {\n    if (at == marks.length - 1) {\n      // we passed the last mark\n      return true;\n    }\n    return false;\n  }\n}\n',
    { name: 'a short minimum; the last index of an array is an offset, not a bound', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-521 weak password requirements', CASES);
