import { afterAll, describe, expect, it } from 'vitest';
import { NodeFunctionalRunner } from './NodeFunctionalRunner';
import { buildFunctionalProgram } from '../../../core/evaluation/functional/buildFunctionalProgram';
import type { Task } from '../../../core/task/Task';

const runner = new NodeFunctionalRunner();
afterAll(() => runner.dispose());

const jsTask: Task = {
  id: 'js',
  language: 'javascript',
  kind: 'nl',
  prompt: '',
  entry: 'add',
  tests: "{\n  assert(add(2, 3) === 5, 'adds');\n}",
};
const pyTask: Task = {
  id: 'py',
  language: 'python',
  kind: 'nl',
  prompt: '',
  entry: 'add',
  tests: 'assert add(2, 3) == 5, "adds"',
};

function program(task: Task, code: string, timeoutMs = 20_000) {
  const p = buildFunctionalProgram(task, code, timeoutMs);
  if (!p) throw new Error('no program');
  return p;
}

describe('NodeFunctionalRunner: JavaScript', () => {
  it('passes correct code, including ES-module syntax and imports of pure modules', async () => {
    expect(await runner.run(program(jsTask, 'function add(a, b) { return a + b; }'))).toMatchObject({
      passed: true,
      timedOut: false,
    });
    const esm =
      "import { randomUUID } from 'node:crypto';\nexport default function add(a, b) { randomUUID(); return a + b; }";
    expect((await runner.run(program(jsTask, esm))).passed).toBe(true);
  });

  it('fails wrong code with the assertion message, and a missing entry function', async () => {
    const wrong = await runner.run(program(jsTask, 'function add(a, b) { return a - b; }'));
    expect(wrong).toMatchObject({ passed: false, timedOut: false });
    expect(wrong.error).toMatch(/assertion failed: adds/i);
    expect((await runner.run(program(jsTask, 'function plus(a, b) { return a + b; }'))).error).toMatch(
      /(no function named|does not define the function) add/,
    );
  });

  it('exposes no file system, process or environment', async () => {
    const fsCode = "const fs = require('fs');\nfunction add(a, b) { return a + b; }";
    expect((await runner.run(program(jsTask, fsCode))).error).toMatch(/require\(['"]fs['"]\) is not available/);
    const proc =
      "function add(a, b) { for (const leak of [() => Deno.env.get('HOME'), () => Deno.readTextFileSync('/etc/passwd')]) { let ok = true; try { leak(); } catch { ok = false; } if (ok) throw new Error('leak'); } return a + b; }";
    expect((await runner.run(program(jsTask, proc))).passed).toBe(true);
  });

  it('stops an endless loop at the time limit and keeps working afterwards', async () => {
    const loop = await runner.run(program(jsTask, 'function add(a, b) { while (true) {} }', 300));
    expect(loop).toMatchObject({ passed: false, timedOut: true });
    expect((await runner.run(program(jsTask, 'function add(a, b) { return a + b; }'))).passed).toBe(true);
  });
});

describe('NodeFunctionalRunner: Python (Pyodide)', () => {
  it('passes correct code and reports the failing assertion of wrong code', async () => {
    expect(
      await runner.run(program(pyTask, 'import sqlite3\n\ndef add(a, b):\n    return a + b\n', 60_000)),
    ).toMatchObject({ passed: true });
    const wrong = await runner.run(program(pyTask, 'def add(a, b):\n    return a * b\n'));
    expect(wrong.passed).toBe(false);
    expect(wrong.error).toMatch(/assertion ?failed: adds/i);
    expect((await runner.run(program(pyTask, 'def plus(a, b):\n    return a + b\n'))).error).toMatch(
      /(no function named|does not define the function) add/,
    );
  }, 90_000);

  it('blocks network access and does not run __main__ demo blocks', async () => {
    const net =
      "import urllib.request\n\ndef add(a, b):\n    urllib.request.urlopen('http://127.0.0.1:9/')\n    return a + b\n";
    expect((await runner.run(program(pyTask, net))).error).toMatch(/network access is disabled|Host is unreachable/);
    const demo = "def add(a, b):\n    return a + b\n\nif __name__ == '__main__':\n    raise SystemExit('demo ran')\n";
    expect((await runner.run(program(pyTask, demo))).passed).toBe(true);
  }, 90_000);

  it('kills an endless loop at the time limit and restarts for the next program', async () => {
    const loop = await runner.run(program(pyTask, 'def add(a, b):\n    while True:\n        pass\n', 500));
    expect(loop).toMatchObject({ passed: false, timedOut: true });
    expect((await runner.run(program(pyTask, 'def add(a, b):\n    return a + b\n', 60_000))).passed).toBe(true);
  }, 120_000);
});
