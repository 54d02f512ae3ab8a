// Checks read from a helper's body (helperChecks.ts): each first snippet is flagged, its twin is not. The flagged
// sides show what must not count: a helper that checks another parameter, one that only logs, one whose `True`
// comes without a check, one that returns the value unchecked. Our own snippets.
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const HEAD = 'import re\nimport subprocess\nfrom flask import request\n';
const view = (body: string): string =>
  `${HEAD}\ndef view():\n    name = request.args["n"]\n    mode = request.args["m"]\n${body}`;
const SINK = '    subprocess.call("run " + name, shell=True)\n';

const CASES: RuleCase[] = [
  [
    'py-shell-command',
    'python',
    `def _check(a, b):\n    if not re.fullmatch(r"\\w+", b):\n        raise ValueError(b)\n\n${view(`    _check(name, mode)\n${SINK}`)}`,
    `def _check(a, b):\n    if not re.fullmatch(r"\\w+", a):\n        raise ValueError(a)\n\n${view(`    _check(name, mode)\n${SINK}`)}`,
    { name: 'a raising helper covers the argument in the position it checks, not another' },
  ],
  [
    'py-shell-command',
    'python',
    `def _check(a):\n    if not re.fullmatch(r"\\w+", a):\n        print("odd", a)\n\n${view(`    _check(name)\n${SINK}`)}`,
    `def _check(a):\n    if not re.fullmatch(r"\\w+", a):\n        raise ValueError(a)\n\n${view(`    _check(name)\n${SINK}`)}`,
    { name: 'the failing branch must raise, not only report' },
  ],
  [
    'py-shell-command',
    'python',
    `def _ok(a):\n    if a:\n        return False\n    return True\n\n${view(`    if not _ok(name):\n        return "no"\n${SINK}`)}`,
    `def _ok(a):\n    if not re.fullmatch(r"[a-z]+", a):\n        return False\n    return True\n\n${view(`    if not _ok(name):\n        return "no"\n${SINK}`)}`,
    { name: 'a predicate vouches only when its True follows a refused check' },
  ],
  [
    'py-shell-command',
    'python',
    `def _clean(a):\n    return a.strip()\n\n${view(`    name = _clean(name)\n${SINK}`)}`,
    `def _clean(a):\n    a = a.strip()\n    assert re.fullmatch(r"[a-z]+", a)\n    return a\n\n${view(`    name = _clean(name)\n${SINK}`)}`,
    { name: 'a helper that returns the value covers it only when it checks it first' },
  ],
];

describeRuleCases('checks in helpers of the same file', CASES);
