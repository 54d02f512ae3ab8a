// The Deno entry of one CLI test job: reads the job (JSON with a nonce) on stdin, runs the shared
// harness, and writes one verdict line carrying the nonce on stdout. Deno's permissions are the boundary.
import { runJsTests } from '../sandbox/runJsTests';
import { runPyTests } from '../sandbox/runPyTests';
import type { PythonRuntime } from '../sandbox/runPyTests';

// The few Deno APIs used here (the project's tsconfig has no Deno types).
declare const Deno: {
  stdout: { writeSync(bytes: Uint8Array): number };
  stdin: { readable: ReadableStream<Uint8Array> };
  exit(code: number): never;
};

// Captured before any generated code runs, so the code cannot forge or silence the verdict line.
const stdout = Deno.stdout;
const writeSync = stdout.writeSync.bind(stdout);
const stringify = JSON.stringify;
const encode = TextEncoder.prototype.encode.bind(new TextEncoder());

interface Job {
  nonce: string;
  language: 'javascript' | 'python';
  code: string;
  tests: string;
  entry?: string;
  pyodideDir?: string;
}

// Pyodide under Deno reads its files by path (hence --allow-read of that one folder only).
async function loadPython(dir: string): Promise<PythonRuntime> {
  const module = (await import(`file://${dir}/pyodide.mjs`)) as {
    loadPyodide(options: object): Promise<PythonRuntime>;
  };
  return module.loadPyodide({ indexURL: `${dir}/`, fullStdLib: false });
}

async function readJob(): Promise<Job> {
  const text = await new Response(Deno.stdin.readable).text();
  return JSON.parse(text) as Job;
}

/** Tells the host the runtime is loaded: its time limit for the code starts now. */
function started(nonce: string): void {
  writeSync(encode(`${nonce} started\n`));
}

function report(nonce: string, verdict: { passed: boolean; error?: string }): void {
  writeSync(encode(`\n${nonce} ${stringify({ passed: verdict.passed === true, error: verdict.error })}\n`));
}

const job = await readJob();
const { nonce } = job;
job.nonce = '';
let verdict: { passed: boolean; error?: string };
try {
  if (job.language === 'javascript') {
    started(nonce);
    verdict = await runJsTests(job.code, job.tests, job.entry);
  } else {
    const python = await loadPython(job.pyodideDir ?? '');
    started(nonce);
    verdict = await runPyTests(python, job.code, job.tests, job.entry);
  }
} catch (error) {
  verdict = { passed: false, error: `the test job failed: ${String(error)}`.slice(0, 500) };
}
report(nonce, verdict);
// Pending timers or handles left by the code must not keep the process alive.
Deno.exit(0);
