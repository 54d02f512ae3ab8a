// CWE-208 observable timing discrepancy: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'timing-unsafe-secret-compare',
    'python',
    'def ok(signature, expected):\n    return signature == expected\n',
    'import hmac\ndef ok(signature, expected):\n    return hmac.compare_digest(signature, expected)\n',
  ],
  [
    'timing-unsafe-secret-call',
    'c',
    'int ok(const unsigned char *mac, const unsigned char *tag) { return memcmp(mac, tag, 16) == 0; }\n',
    'int ok(const unsigned char *mac, const unsigned char *tag) { return CRYPTO_memcmp(mac, tag, 16) == 0; }\n',
  ],
  [
    'login-timing-user-enumeration',
    'python',
    'def login(name, pw):\n    user = find(name)\n    if user is None:\n        return None\n    return bcrypt.checkpw(pw, user.hash)\n',
    'def login(name, pw):\n    user = find(name)\n    ok = bcrypt.checkpw(pw, user.hash if user else DUMMY)\n    return user if ok and user else None\n',
  ],
];

describeRuleCases('CWE-208 observable timing discrepancy', CASES);
