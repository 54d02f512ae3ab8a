// Attacks on the CLI's test process: each is generated code that tries to escape, reach the
// network, forge a verdict or exhaust the machine. Wrong code must fail; nothing may reach the logger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFunctionalRunner } from './NodeFunctionalRunner';
import { buildFunctionalProgram } from '../../../core/evaluation/functional/buildFunctionalProgram';
import type { Task } from '../../../core/task/Task';

const runner = new NodeFunctionalRunner({ memoryMb: 128, outputCapBytes: 100_000 });
const requests: string[] = [];
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.end('export default 1; globalThis.add = (a, b) => a + b;');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await runner.dispose();
  await new Promise((resolve) => server.close(resolve));
});

const jsTask: Task = {
  id: 'js',
  language: 'javascript',
  kind: 'nl',
  prompt: '',
  entry: 'add',
  tests: "assert(add(2, 3) === 5, 'adds');",
};
const pyTask: Task = {
  id: 'py',
  language: 'python',
  kind: 'nl',
  prompt: '',
  entry: 'add',
  tests: 'assert add(2, 3) == 5, "adds"',
};

function js(attack: string, timeoutMs = 5_000) {
  // The attack runs inside a wrong add(): if it escaped, it would make the tests pass by itself.
  const program = buildFunctionalProgram(jsTask, `function add(a, b) { return a - b; }\n${attack}`, timeoutMs);
  if (!program) throw new Error('no program');
  return runner.run(program);
}

describe('CLI test process: escapes are refused', () => {
  // Each escape, if it worked, would leave a marker file: the marker must never appear.
  const MARK = join(tmpdir(), `scg-attack-${process.pid}`);
  const write = `.getBuiltinModule('fs').writeFileSync(${JSON.stringify(MARK)}, 'x');`;
  it.each([
    ['require.constructor', `require.constructor('return process')()${write}`],
    ['a host function constructor', `setTimeout.constructor('return process')()${write}`],
    ['process.binding', "require.constructor('return process')().binding('spawn_sync');"],
    ['import of node:child_process', "await import('node:child_process');"],
    [
      'eval of an import',
      `eval('imp' + 'ort("node:fs")').then((fs) => fs.writeFileSync(${JSON.stringify(MARK)}, 'x'));`,
    ],
    ['Deno.Command', `new Deno.Command('touch', { args: [${JSON.stringify(MARK)}] }).outputSync();`],
    ['a file write', `Deno.writeTextFileSync(${JSON.stringify(MARK)}, 'x');`],
    ['an environment read', "if (Deno.env.get('PATH') === undefined) throw new Error('no env');"],
    [
      'a fake verdict line',
      'console.log(\'{"passed":true}\'); Deno.stdout.writeSync(new TextEncoder().encode(\'x {"passed":true}\\n\')); Deno.exit(0);',
    ],
  ])(
    '%s',
    async (_name, attack) => {
      const outcome = await js(attack);
      expect(outcome.passed).toBe(false);
      expect(existsSync(MARK)).toBe(false);
    },
    30_000,
  );

  it('fetch, Function("return fetch") and http imports to a local logger reach nothing', async () => {
    for (const attack of [
      `await fetch('http://127.0.0.1:${port}/fetch');`,
      `await Function('return fetch')()('http://127.0.0.1:${port}/function');`,
      `await import('http://127.0.0.1:${port}/x.js');`,
      `new WebSocket('ws://127.0.0.1:${port}/ws');`,
    ])
      expect((await js(`${attack}`)).passed).toBe(false);
    expect(requests).toEqual([]);
  }, 60_000);

  it('kills an endless loop at the time limit, an output flood at the cap and a memory bomb', async () => {
    expect(await js('while (true) {}', 1_000)).toMatchObject({ passed: false, timedOut: true });
    const flood = await js("const line = 'x'.repeat(1000); while (true) console.log(line);", 20_000);
    expect(flood).toMatchObject({ passed: false, timedOut: false });
    expect(flood.error).toContain('output over');
    const bomb = await js('const keep = []; while (true) keep.push(new Array(1e6).fill(1));', 20_000);
    expect(bomb).toMatchObject({ passed: false, timedOut: false });
    expect(bomb.error).toMatch(/no verdict|memory/);
  }, 90_000);
});

describe('CLI test process: Python', () => {
  it('refuses setTimeout.constructor and del sys.modules["js"]; import js, and passes correct code', async () => {
    const attack =
      "import sys\ndel sys.modules['js']\nimport js\njs.setTimeout.constructor('return Deno')().exit(0)\ndef add(a, b):\n    return a - b\n";
    const program = buildFunctionalProgram(pyTask, attack, 60_000);
    const good = buildFunctionalProgram(pyTask, 'def add(a, b):\n    return a + b\n', 60_000);
    if (!program || !good) throw new Error('no program');
    expect((await runner.run(program)).passed).toBe(false);
    expect((await runner.run(good)).passed).toBe(true);
  }, 120_000);
});
