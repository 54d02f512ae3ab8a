// One test worker thread: started lazily, kept warm between programs (Pyodide takes seconds to
// load), one program at a time, and terminated (then restarted on the next program) on timeout or abort.
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { FunctionalOutcome, FunctionalProgram } from '../../../core/evaluation/functional/FunctionalRunner';
import { PlaygroundError } from '../../../core/errors';

const workerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('load-error'), error: z.string() }),
  z.object({ type: z.literal('result'), id: z.number(), passed: z.boolean(), timedOut: z.boolean().optional(), error: z.string().optional() }),
]);
type WorkerMessage = z.infer<typeof workerMessage>;

export class TestWorker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private listener: ((message: WorkerMessage) => void) | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly file: URL, private readonly workerData: unknown = {}, private readonly loadTimeoutMs = 60_000) {}

  run(program: FunctionalProgram, signal?: AbortSignal): Promise<FunctionalOutcome> {
    const turn = this.queue.then(() => this.runNow(program, signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }

  private start(): Promise<void> {
    // An empty environment: generated code must not read API keys or paths from process.env.
    const worker = new Worker(this.file, { workerData: this.workerData, env: {}, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    worker.unref();
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new PlaygroundError('TIMEOUT', { detail: 'the test worker did not start' })), this.loadTimeoutMs);
      worker.on('message', (raw: unknown) => {
        const parsed = workerMessage.safeParse(raw);
        if (!parsed.success) return;
        if (parsed.data.type === 'ready') { clearTimeout(timer); resolve(); }
        else if (parsed.data.type === 'load-error') { clearTimeout(timer); reject(new PlaygroundError('STAGE_FAILED', { message: 'The test runner failed to start.', detail: parsed.data.error })); }
        else this.listener?.(parsed.data);
      });
      worker.on('error', (error) => { clearTimeout(timer); reject(error); this.listener?.({ type: 'load-error', error: error.message }); });
      worker.on('exit', () => { if (this.worker === worker) { this.worker = null; this.ready = null; } });
    });
  }

  private async runNow(program: FunctionalProgram, signal?: AbortSignal): Promise<FunctionalOutcome> {
    this.ready ??= this.start();
    try {
      await this.ready;
    } catch (error) {
      await this.dispose();
      throw error;
    }
    const worker = this.worker;
    if (!worker) throw new PlaygroundError('STAGE_FAILED', { message: 'The test worker stopped.' });
    const id = this.nextId++;
    const started = performance.now();
    return new Promise<FunctionalOutcome>((resolve) => {
      const finish = (outcome: Omit<FunctionalOutcome, 'ms'>, kill: boolean): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.listener = null;
        if (kill) void this.dispose();
        resolve({ ...outcome, ms: Math.round(performance.now() - started) });
      };
      const onAbort = (): void => finish({ passed: false, timedOut: false, error: 'cancelled' }, true);
      // The worker enforces the limit itself where it can (vm timeout); this catches everything else.
      const timer = setTimeout(() => finish({ passed: false, timedOut: true, error: `no result within ${program.timeoutMs} ms` }, true), program.timeoutMs + 500);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.listener = (message) => {
        if (message.type === 'load-error') return finish({ passed: false, timedOut: false, error: `the test worker crashed: ${message.error}` }, true);
        if (message.type !== 'result' || message.id !== id) return;
        const outcome: Omit<FunctionalOutcome, 'ms'> = { passed: message.passed, timedOut: message.timedOut ?? false };
        if (message.error !== undefined) outcome.error = message.error;
        finish(outcome, false);
      };
      worker.postMessage({ id, program });
    });
  }
}
