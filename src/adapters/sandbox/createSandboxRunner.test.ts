// The page side of the sandbox: time limit, termination, forged replies, crashes and spares,
// over worker doubles that answer like the real test workers.
import { describe, expect, it } from 'vitest';
import { createSandboxRunner } from './createSandboxRunner';
import type { WorkerPort } from './TestWorkerSession';
import { testJobSchema } from './testJobMessages';
import { runJsTests } from './runJsTests';
import type { FunctionalProgram } from '../../core/evaluation/functional/FunctionalRunner';

type Behaviour = 'honest' | 'hang' | 'forge' | 'crash';

class FakeWorker implements WorkerPort {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly behaviour: Behaviour) {
    setTimeout(() => {
      if (behaviour === 'crash') this.send({ kind: 'crashed', error: 'Pyodide failed to load: 404' });
      else this.send({ kind: 'ready', loadMs: 5 });
    }, 1);
  }
  postMessage(message: unknown): void {
    const job = testJobSchema.parse(message);
    if (this.behaviour === 'hang') return; // a busy loop: the thread never answers
    if (this.behaviour === 'forge') {
      this.send({ kind: 'result', nonce: 'guessed', passed: true, ms: 1 });
      return;
    }
    void runJsTests(job.code, job.tests, job.entry).then((o) =>
      this.send({ kind: 'result', nonce: job.nonce, ...o, ms: 1 }),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
  private send(data: unknown): void {
    if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
  }
}

const program = (code: string, timeoutMs = 200): FunctionalProgram => ({
  language: 'javascript',
  code,
  tests: "assert(add(2, 3) === 5, 'adds');",
  entry: 'add',
  timeoutMs,
});

function runnerOver(behaviour: Behaviour) {
  const workers: FakeWorker[] = [];
  const runner = createSandboxRunner(
    () => {
      const w = new FakeWorker(behaviour);
      workers.push(w);
      return w;
    },
    { loadTimeoutMs: 500 },
  );
  return { runner, workers };
}

describe('createSandboxRunner', () => {
  it('reports the worker verdict and terminates the worker afterwards', async () => {
    const { runner, workers } = runnerOver('honest');
    const pass = await runner.run(program('function add(a, b) { return a + b; }'));
    expect(pass).toMatchObject({ passed: true, timedOut: false });
    const fail = await runner.run(program('function add(a, b) { return a - b; }'));
    expect(fail).toMatchObject({ passed: false, timedOut: false, error: 'assertion failed: adds' });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.terminated).toBe(true);
    // One spare waits for the next job, and dispose ends it.
    expect(workers.filter((w) => !w.terminated)).toHaveLength(1);
    await runner.dispose?.();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('starts warm workers at once and uses them for the first job', async () => {
    const spawned: string[] = [];
    const runner = createSandboxRunner(
      (language) => {
        spawned.push(language);
        return new FakeWorker('honest');
      },
      { warm: ['python'], keepSpare: false },
    );
    expect(spawned).toEqual(['python']);
    await runner.run({ ...program('function add(a, b) { return a + b; }'), language: 'python' });
    expect(spawned).toEqual(['python']);
    await runner.dispose?.();
  });

  it('stops a job at its time limit, terminates the worker and reports a timed-out failure', async () => {
    const { runner, workers } = runnerOver('hang');
    const outcome = await runner.run(program('while (true) {}', 100));
    expect(outcome).toMatchObject({ passed: false, timedOut: true });
    expect(outcome.ms).toBeGreaterThanOrEqual(90);
    expect(workers[0]?.terminated).toBe(true);
    await runner.dispose?.();
  });

  it('ignores a verdict posted without the job nonce', async () => {
    const { runner } = runnerOver('forge');
    expect(await runner.run(program('function add() {}', 100))).toMatchObject({ passed: false, timedOut: true });
    await runner.dispose?.();
  });

  it('reports a runtime that failed to load as a failure, not a hang', async () => {
    const { runner } = runnerOver('crash');
    expect(await runner.run(program('function add(a, b) { return a + b; }'))).toMatchObject({
      passed: false,
      timedOut: false,
      error: 'Pyodide failed to load: 404',
    });
    await runner.dispose?.();
  });

  it('stops waiting when the run is cancelled', async () => {
    const { runner, workers } = runnerOver('hang');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(await runner.run(program('while (true) {}', 5_000), controller.signal)).toMatchObject({
      passed: false,
      error: 'cancelled',
    });
    expect(workers[0]?.terminated).toBe(true);
    await runner.dispose?.();
  });
});
