// Deserialisation guarded by an integrity check (guardShapes.ts class `integrity`): a MAC of the data compared in
// constant time, with a failing branch that leaves, makes pickle.loads safe; other checks do not. Our own snippets.
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const HEAD = 'import hmac, hashlib, pickle, re\nfrom flask import request, abort\nKEY = b"server-side"\n';
const load = (check: string): string =>
  `${HEAD}def load():\n    data = request.get_data()\n    sig = request.headers.get("X-Signature", "")\n    expected = hmac.new(KEY, data, hashlib.sha256).hexdigest()\n${check}    return pickle.loads(data)\n`;

const CASES: RuleCase[] = [
  [
    'py-unsafe-deserialize',
    'python',
    load('    if sig == "":\n        abort(400)\n'),
    load('    if not hmac.compare_digest(sig, expected):\n        abort(403)\n'),
    { name: 'a MAC of the data compared in constant time; a presence test is none' },
  ],
  [
    'py-unsafe-deserialize',
    'python',
    load('    if not re.fullmatch(rb"[\\x00-\\xff]+", data):\n        abort(400)\n'),
    load('    if hmac.compare_digest(sig, expected):\n        return pickle.loads(data)\n    abort(403)\n'),
    { name: 'a pattern match says nothing about a pickle; the sink on the matching branch of the MAC check is safe' },
  ],
  [
    'py-unsafe-deserialize',
    'python',
    load('    if not hmac.compare_digest(sig, expected):\n        print("bad signature")\n'),
    load('    if not hmac.compare_digest(sig, expected):\n        raise PermissionError("bad signature")\n'),
    { name: 'the failing branch must leave' },
  ],
];

describeRuleCases('Python deserialisation behind an integrity check', CASES);
