// Measures the cost of one functional-test job through the CLI's runner: median and p90 over N jobs, JS and Python.
// Rerun: npx tsx scripts/measureTestJobs.ts [jobs=20]
import { NodeFunctionalRunner } from '../src/adapters/node/functional/NodeFunctionalRunner';
import { buildFunctionalProgram } from '../src/core/evaluation/functional/buildFunctionalProgram';
import type { Task } from '../src/core/task/Task';

const jobs = Number(process.argv[2] ?? 20);
const tasks: Array<[Task, string]> = [
  [
    { id: 'js', language: 'javascript', kind: 'nl', prompt: '', entry: 'add', tests: 'assert(add(2, 3) === 5);' },
    'function add(a, b) { return a + b; }',
  ],
  [
    { id: 'py', language: 'python', kind: 'nl', prompt: '', entry: 'add', tests: 'assert add(2, 3) == 5' },
    'def add(a, b):\n    return a + b\n',
  ],
];

const runner = new NodeFunctionalRunner();
for (const [task, code] of tasks) {
  const program = buildFunctionalProgram(task, code, 60_000);
  if (!program) throw new Error('no program');
  const times: number[] = [];
  for (let i = 0; i < jobs; i++) {
    const started = performance.now();
    const outcome = await runner.run(program);
    if (!outcome.passed) throw new Error(`job failed: ${outcome.error}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  console.log(
    `${task.language}: ${jobs} jobs, median ${at(0.5)} ms, p90 ${at(0.9)} ms, first ${Math.round(times[0] ?? 0)}..max ${Math.round(times.at(-1) ?? 0)} ms`,
  );
}
await runner.dispose();
