// Guard and sanitiser shapes (guardShapes.ts): each case's first snippet is flagged (no guard, or a check that
// only looks like one) and its twin, guarded with a recognised shape, is not. Our own snippets.
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';
import { analyzeCode } from './analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';

const PY = 'import os, re, shlex\nfrom flask import request, redirect, abort\n';
const py = (body: string): string => `${PY}def f(host, other):\n${body}`;
const route = (body: string): string => `${PY}@app.route("/")\ndef f():\n${body}`;
const C =
  '#include <stdlib.h>\n#include <stdio.h>\n#include <string.h>\nint main(int argc, char **argv) {\n  char cmd[256];\n';

const CASES: RuleCase[] = [
  [
    'py-shell-command',
    'python',
    py('    os.system("ping " + host)\n'),
    py('    if host not in ALLOWED_HOSTS:\n        raise ValueError(host)\n    os.system("ping " + host)\n'),
    { name: 'allow-list membership, failing branch exits' },
  ],
  [
    'py-shell-command',
    'python',
    py('    if host not in ALLOWED_HOSTS:\n        os.system("ping " + host)\n'),
    py('    if host in ALLOWED_HOSTS:\n        os.system("ping " + host)\n'),
    { name: 'the sink must sit on the branch where the membership holds' },
  ],
  [
    'py-shell-command',
    'python',
    py('    if host not in seen_hosts:\n        os.system("ping " + host)\n'),
    py('    if re.fullmatch(r"[\\w.-]+", host):\n        os.system("ping " + host)\n'),
    { name: 'a membership in a collection that is no allow-list does not count; a dominating regex match does' },
  ],
  [
    'py-shell-command',
    'python',
    py('    os.system("ping " + host)\n'),
    py('    quoted = shlex.quote(host)\n    os.system("ping " + quoted)\n'),
    { name: 'shlex.quote through a local' },
  ],
  [
    'py-shell-command',
    'python',
    py('    if len(host) > 20:\n        return\n    os.system("sleep " + host)\n'),
    py('    if not host.isdigit():\n        return\n    os.system("sleep " + host)\n'),
    { name: 'a length limit is no validation; isdigit is' },
  ],
  [
    'py-shell-command',
    'python',
    route('    if "cmd" in request.args:\n        os.system(request.args["cmd"])\n'),
    route('    cmd = request.args["cmd"]\n    if cmd in ALLOWED_COMMANDS:\n        os.system(cmd)\n'),
    { name: 'a key test on the request is no check of the value' },
  ],
  [
    'py-shell-command',
    'python',
    py('    if not host.isalnum():\n        return\n    os.system("ping " + host + " " + other)\n'),
    py(
      '    if not host.isalnum() or not other.isdigit():\n        return\n    os.system("ping " + host + " " + other)\n',
    ),
    { name: 'every variable of the value must be checked' },
  ],
  [
    'py-shell-command',
    'python',
    py('    if other:\n        assert re.fullmatch(r"[\\w.-]+", host)\n    os.system("ping " + host)\n'),
    py('    assert re.fullmatch(r"[\\w.-]+", host)\n    os.system("ping " + host)\n'),
    { name: 'an assert counts only when it always runs before the sink' },
  ],
  [
    'py-path-traversal',
    'python',
    route(
      '    name = request.args["f"]\n    if not name.startswith("/data/"):\n        abort(403)\n    return open(name).read()\n',
    ),
    route(
      '    name = os.path.realpath(request.args["f"])\n    if not name.startswith("/data/"):\n        abort(403)\n    return open(name).read()\n',
    ),
    { name: 'a prefix check counts only after normalisation' },
  ],
  [
    'py-sql-built',
    'python',
    'def f(cur, table):\n    cur.execute(f"SELECT * FROM {table}")\n',
    'def f(cur, table):\n    if table not in TABLES:\n        raise ValueError(table)\n    cur.execute(f"SELECT * FROM {table}")\n',
    { name: 'table name from an allow-list' },
  ],
  [
    'py-sql-built',
    'python',
    'def f(cur, limit):\n    cur.execute("SELECT * FROM t LIMIT %s" % limit)\n',
    'def f(cur, limit):\n    cur.execute("SELECT * FROM t LIMIT %d" % int(limit))\n',
    { name: 'int() sanitises' },
  ],
  [
    'py-eval-injection',
    'python',
    'def f(expr):\n    return eval(expr)\n',
    'import re\ndef f(expr):\n    if not re.fullmatch(r"[0-9+*/ -]+", expr):\n        raise ValueError(expr)\n    return eval(expr)\n',
  ],
  [
    'open-redirect',
    'python',
    route('    target = request.args["next"]\n    return redirect(target)\n'),
    route(
      '    target = request.args["next"]\n    if not target.startswith("/"):\n        target = "/"\n    return redirect(target)\n',
    ),
    { name: 'a relative-path prefix check that overwrites the value' },
  ],
  [
    'c-shell-command',
    'c',
    `${C}  snprintf(cmd, sizeof cmd, "ls %s", argv[1]);\n  system(cmd);\n  return 0;\n}\n`,
    `${C}  if (strspn(argv[1], "abcdefghijklmnopqrstuvwxyz") != strlen(argv[1])) return 1;\n  snprintf(cmd, sizeof cmd, "ls %s", argv[1]);\n  system(cmd);\n  return 0;\n}\n`,
    { name: 'a character-class check of the value a buffer was filled from' },
  ],
  [
    'js-shell-command',
    'javascript',
    'const { exec } = require("child_process");\nfunction f(dir) {\n  exec("ls " + dir);\n}\n',
    'const { exec } = require("child_process");\nfunction f(dir) {\n  if (!/^[\\w-]+$/.test(dir)) return;\n  exec("ls " + dir);\n}\n',
  ],
];

describeRuleCases('guards and sanitisers', CASES);

describe('checks known only by name', () => {
  const tierOf = async (code: string) =>
    (await analyzeCode(code, 'python', nodeParser())).findings.find((f) => f.rule === 'py-shell-command')?.tier;

  it('keeps a sink behind a helper named as a check as a note, and one behind a check of another value', async () => {
    expect(await tierOf(py('    validate_host(host)\n    os.system("ping " + host)\n'))).toBe('note');
    expect(await tierOf(py('    if not is_valid_host(host):\n        return\n    os.system("ping " + host)\n'))).toBe(
      'note',
    );
    expect(await tierOf(py('    validate_host(other)\n    os.system("ping " + host)\n'))).toBe('finding');
  });

  it('does not take a check of a whole record for a check of one of its fields', async () => {
    const code = (check: string) => py(`    ${check}\n    os.system("ping " + host["name"])\n`);
    expect(await tierOf(code('validate_record(host)'))).toBe('finding');
    expect(await tierOf(code('validate_name(host["name"])'))).toBe('note');
  });
});

describe('guard switch', () => {
  it('is what silences a guarded sink: with guards off the same code is flagged', async () => {
    const code = py(
      '    if host not in ALLOWED_HOSTS:\n        raise ValueError(host)\n    os.system("ping " + host)\n',
    );
    const rules = async (guards: boolean) =>
      (await analyzeCode(code, 'python', nodeParser(), { guards })).findings.map((f) => f.rule);
    expect(await rules(true)).not.toContain('py-shell-command');
    expect(await rules(false)).toContain('py-shell-command');
  });
});
