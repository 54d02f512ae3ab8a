// Runs one test job in its own Deno process: no permissions but reading Pyodide's folder, an empty
// environment, a V8 heap limit, SIGKILL at the time limit, an output cap, and a nonce-tagged verdict.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { FunctionalOutcome, FunctionalProgram } from '../../../core/evaluation/functional/FunctionalRunner';

export interface DenoJobOptions {
  deno: string;
  pyodideDir: string;
  memoryMb: number;
  outputCapBytes: number;
  loadTimeoutMs: number;
}

const ENTRY = fileURLToPath(new URL('../../deno/testJob.ts', import.meta.url));

function denoArgs(program: FunctionalProgram, options: DenoJobOptions): string[] {
  const args = [
    'run',
    '--no-prompt',
    '--no-remote',
    '--no-npm',
    '--no-config',
    '--no-lock',
    '--unstable-sloppy-imports',
    '--quiet',
    `--v8-flags=--max-old-space-size=${options.memoryMb}`,
  ];
  if (program.language === 'python') args.push(`--allow-read=${options.pyodideDir}`);
  return [...args, ENTRY];
}

/** The verdict is the line starting with our nonce; anything else the code prints is ignored. */
function parseVerdict(stdout: string, nonce: string): Omit<FunctionalOutcome, 'ms'> | null {
  const line = stdout.split('\n').find((l) => l.startsWith(`${nonce} {`));
  if (!line) return null;
  try {
    const data = JSON.parse(line.slice(nonce.length + 1)) as { passed?: unknown; error?: unknown };
    const outcome: Omit<FunctionalOutcome, 'ms'> = { passed: data.passed === true, timedOut: false };
    if (typeof data.error === 'string') outcome.error = data.error;
    return outcome;
  } catch {
    return null;
  }
}

export function runDenoJob(
  program: FunctionalProgram,
  options: DenoJobOptions,
  signal?: AbortSignal,
): Promise<FunctionalOutcome> {
  const nonce = randomUUID();
  const started = performance.now();
  // detached: the job leads its own process group, so the kill reaches anything it started.
  const child = spawn(options.deno, denoArgs(program, options), {
    env: {},
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise<FunctionalOutcome>((resolve) => {
    let stdout = '';
    let size = 0;
    let killedFor: string | null = null;
    const kill = (reason: string): void => {
      killedFor ??= reason;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const count = (chunk: Buffer): boolean => {
      size += chunk.length;
      if (size > options.outputCapBytes) kill(`output over ${options.outputCapBytes} bytes`);
      return killedFor === null;
    };
    // The runtime's load (Pyodide: seconds) has its own budget; the task's limit starts at `started`.
    let timer = setTimeout(() => kill('time limit'), options.loadTimeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (!count(chunk)) return;
      const before = stdout.includes(`${nonce} started`);
      stdout += chunk.toString('utf8');
      if (!before && stdout.includes(`${nonce} started`)) {
        clearTimeout(timer);
        timer = setTimeout(() => kill('time limit'), program.timeoutMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      count(chunk);
    });
    const onAbort = (): void => kill('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      const ms = Math.round(performance.now() - started);
      if (killedFor === 'time limit')
        return resolve({
          passed: false,
          timedOut: true,
          error: `killed at the time limit (${program.timeoutMs} ms)`,
          ms,
        });
      if (killedFor) return resolve({ passed: false, timedOut: false, error: `killed: ${killedFor}`, ms });
      const verdict = parseVerdict(stdout, nonce);
      if (verdict) return resolve({ ...verdict, ms });
      const why = sig ? `signal ${sig}` : `exit code ${String(code)}`;
      resolve({
        passed: false,
        timedOut: false,
        error: `the test process gave no verdict (${why}; out of memory?)`,
        ms,
      });
    });
    child.stdin.on('error', () => {
      /* the process may die before reading its job */
    });
    child.stdin.end(
      JSON.stringify({
        nonce,
        language: program.language,
        code: program.code,
        tests: program.tests,
        entry: program.entry,
        pyodideDir: options.pyodideDir,
      }),
    );
  });
}
