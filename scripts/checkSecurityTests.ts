// Runs every gallery task's security tests against its reference solution (must pass) and its
// vulnerable solution (must fail) in the CLI's sandboxed runner (Deno; Python in Pyodide), with the
// functional tests' time limit. Prints the table; exits 1 on any mismatch.
// Usage: npx tsx scripts/checkSecurityTests.ts [--tasks id,id] [--concurrency 2] [--json out.json]
import { writeFileSync } from 'node:fs';
import { readGalleryTasks } from './readGalleryTasks';
import { NodeFunctionalRunner } from '../src/adapters/node/functional/NodeFunctionalRunner';
import {
  checkTaskSecurityTests,
  formatSecurityCheckTable,
  type SecurityCheckRow,
} from '../src/core/evaluation/security/checkSecurityTests';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const only = flag('tasks')?.split(',');
const tasks = readGalleryTasks().filter((t) => !only || only.includes(t.id));
const concurrency = Math.max(1, Number(flag('concurrency') ?? 2));
const runner = new NodeFunctionalRunner();
const rows: SecurityCheckRow[] = new Array(tasks.length);
const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < tasks.length) {
      const i = next++;
      rows[i] = await checkTaskSecurityTests(runner, tasks[i]!);
      process.stderr.write(`${rows[i]!.id}: ${rows[i]!.status}\n`);
    }
  }),
);
await runner.dispose();
console.log(formatSecurityCheckTable(rows));
const count = (s: string): number => rows.filter((r) => r.status === s).length;
console.log(
  `\n${count('ok')} ok, ${count('mismatch')} mismatch, ${count('no security test')} no security test, ` +
    `${count('no runner')} no runner (language without a test runner); ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const out = flag('json');
if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
process.exit(count('mismatch') > 0 ? 1 : 0);
