// Measures the functional-test harness the browser's test workers use (runJsTests, runPyTests) on
// the gallery: every reference solution should pass its tests, and a deliberately broken variant
// (the entry function renamed away) should fail. Runs in Node: Pyodide loads from node_modules.
// Usage: npx tsx scripts/checkSandboxHarness.ts   (needs public/kb built: npm run kb:build)
import { loadPyodide } from 'pyodide';
import { loadKnowledgeBaseFromDisk } from '../src/adapters/orama/loadKnowledgeBaseFromDisk';
import { buildFunctionalProgram } from '../src/core/evaluation/functional/buildFunctionalProgram';
import { runJsTests } from '../src/adapters/sandbox/runJsTests';
import { runPyTests } from '../src/adapters/sandbox/runPyTests';
import type { TestOutcome } from '../src/adapters/sandbox/testJobMessages';
import type { Task } from '../src/core/task/Task';

const kb = await loadKnowledgeBaseFromDisk();
const loadStarted = performance.now();
const python = await loadPyodide();
const pyodideLoadMs = Math.round(performance.now() - loadStarted);

async function check(task: Task, code: string): Promise<TestOutcome | null> {
  const program = buildFunctionalProgram(task, code);
  if (!program) return null;
  return program.language === 'python'
    ? runPyTests(python, program.code, program.tests, program.entry ?? '')
    : runJsTests(program.code, program.tests, program.entry);
}

const rows: { id: string; language: string; reference: boolean; broken: boolean; ms: number; error?: string }[] = [];
for (const task of kb.tasks) {
  if (!task.tests || !task.reference) continue;
  const started = performance.now();
  const reference = await check(task, task.reference);
  const ms = Math.round(performance.now() - started);
  // Renaming the entry function leaves code that parses but cannot satisfy the tests.
  const broken = task.entry ? await check(task, task.reference.replaceAll(task.entry, `${task.entry}_renamed`)) : null;
  if (!reference) continue;
  rows.push({
    id: task.id,
    language: task.language,
    reference: reference.passed,
    broken: broken?.passed ?? false,
    ms,
    error: reference.error,
  });
}

const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
for (const r of rows.filter((x) => !x.reference || x.broken))
  process.stdout.write(
    `${r.id}: reference ${r.reference ? 'passed' : `failed (${r.error})`}, broken ${r.broken ? 'passed' : 'failed'}\n`,
  );
process.stdout.write(
  `${JSON.stringify({
    tasksWithTests: rows.length,
    byLanguage: Object.fromEntries(['python', 'javascript'].map((l) => [l, count((r) => r.language === l)])),
    referencePassed: count((r) => r.reference),
    brokenRejected: count((r) => !r.broken),
    pyodideLoadMs,
    medianTestMs: rows.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(rows.length / 2)] ?? null,
  })}\n`,
);
