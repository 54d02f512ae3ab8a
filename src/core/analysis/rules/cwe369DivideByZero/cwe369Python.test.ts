// CWE-369 divide by zero (Python rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const R = 'py-unchecked-divisor';

const CASES: RuleCase[] = [
  [
    R,
    'python',
    'def share(total, people):\n    return total / people\n',
    'def share(total, people):\n    if not people:\n        return 0\n    return total / people\n',
    { requireCleanParse: true, cwe: 'CWE-369', name: 'parameter divisor, `if not` guard' },
  ],
  [
    R,
    'python',
    'def pages(items, per_page):\n    return items // per_page\n',
    'def pages(items, per_page):\n    if per_page <= 0:\n        raise ValueError("per_page")\n    return items // per_page\n',
    { requireCleanParse: true, name: 'floor division, raise on a non-positive divisor' },
  ],
  [
    R,
    'python',
    'def bucket(h, n):\n    h %= n\n    return h\n',
    'def bucket(h, n):\n    h %= n if n else 1\n    return h\n',
    { requireCleanParse: true, name: 'augmented modulo, conditional expression' },
  ],
  [
    R,
    'python',
    'def rate():\n    n = int(input("runs: "))\n    return 100 / n\n',
    'def rate():\n    n = int(input("runs: "))\n    try:\n        return 100 / n\n    except ZeroDivisionError:\n        return 0.0\n',
    { requireCleanParse: true, name: 'divisor read from input, handler catches the error' },
  ],
  [
    R,
    'python',
    'from flask import request\n\ndef split():\n    parts = int(request.args["parts"])\n    return str(1000 / parts)\n',
    'from flask import request\n\ndef split():\n    parts = max(int(request.args["parts"]), 1)\n    return str(1000 / parts)\n',
    { requireCleanParse: true, name: 'request divisor, clamped with max()' },
  ],
];

describeRuleCases('CWE-369 divide by zero (Python)', CASES);

async function flagged(code: string): Promise<number[]> {
  const record = await analyzeCode(code, 'python', nodeParser());
  return record.findings.filter((f) => f.rule === R && f.tier !== 'note').map((f) => f.line);
}

async function noted(code: string): Promise<number[]> {
  const record = await analyzeCode(code, 'python', nodeParser());
  return record.findings.filter((f) => f.rule === R && f.tier === 'note').map((f) => f.line);
}

describe('py-unchecked-divisor stays narrow', () => {
  it('leaves constants, lengths and path joins alone', async () => {
    expect(await flagged('def avg(values):\n    return sum(values) / len(values)\n')).toEqual([]);
    expect(await flagged('def half(x):\n    return x / 2\n')).toEqual([]);
    expect(await flagged('def per(x):\n    return x / BATCH_SIZE\n')).toEqual([]);
    expect(await flagged('from pathlib import Path\ndef where(root, name):\n    return Path(root) / name\n')).toEqual(
      [],
    );
    expect(await flagged('def label(v):\n    return "%s items" % v\n')).toEqual([]);
  });

  it('trusts a loop over range(n) and a reassigned parameter, but not an unrelated check', async () => {
    expect(await flagged('def f(x, n):\n    for i in range(n):\n        x += i / n\n    return x\n')).toEqual([]);
    expect(await flagged('def f(x, n):\n    n = 4\n    return x / n\n')).toEqual([]);
    expect(await noted('def f(x, n):\n    if x > 0:\n        return x / n\n    return 0\n')).toEqual([3]);
  });

  it('reports every parameter divisor as a note and input, also in a method, as a finding', async () => {
    expect(await flagged('def share(total, people):\n    return total / people\n')).toEqual([]);
    expect(await noted('def share(total, people):\n    return total / people\n')).toEqual([2]);
    const method = 'class Stats:\n    def ratio(self, a, b):\n        return a / b\n';
    expect(await flagged(method)).toEqual([]);
    expect(await noted(method)).toEqual([3]);
    expect(await noted('def _ratio(a, b):\n    return a / b\n')).toEqual([2]);
    const read = 'class Cli:\n    def run(self):\n        n = int(input())\n        return 10 // n\n';
    expect(await flagged(read)).toEqual([4]);
  });
});
