// CWE-321 hard-coded cryptographic key: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'jwt-literal-key',
    'python',
    'import jwt\ndef token(uid):\n    return jwt.encode({"uid": uid}, "k3y-in-code", algorithm="HS256")\n',
    'import jwt, os\ndef token(uid):\n    return jwt.encode({"uid": uid}, os.environ["JWT_KEY"], algorithm="HS256")\n',
  ],
  [
    'jwt-literal-key',
    'javascript',
    'const jwt = require("jsonwebtoken");\nfunction check(t) {\n  const secret = "k3y-in-code";\n  return jwt.verify(t, secret);\n}\n',
    'const jwt = require("jsonwebtoken");\nfunction check(t) {\n  const secret = process.env.JWT_SECRET;\n  return jwt.verify(t, secret);\n}\n',
    { name: 'a key kept in a local first' },
  ],
];

describeRuleCases('CWE-321 hard-coded cryptographic key', CASES);
