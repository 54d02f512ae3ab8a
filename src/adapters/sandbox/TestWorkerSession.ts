// One test worker seen from the page: it is created, becomes ready (Pyodide loaded), takes one
// job, and is terminated: after the verdict, on timeout, on cancel, or when it crashes.
import { workerReplySchema, type WorkerReply } from './testJobMessages';
import type { FunctionalOutcome, FunctionalProgram } from '../../core/evaluation/functional/FunctionalRunner';

/** The part of `Worker` a session uses, so unit tests can hand in a double. */
export interface WorkerPort {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

type Result = Extract<WorkerReply, { kind: 'result' }>;

export class TestWorkerSession {
  /** Resolves when the worker's runtime is loaded; rejects when it crashes first. */
  readonly ready: Promise<number>;
  private resultListener: ((reply: Result) => void) | null = null;
  private failListener: ((error: string) => void) | null = null;
  private terminated = false;

  constructor(private readonly worker: WorkerPort) {
    this.ready = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        const reply = workerReplySchema.safeParse(event.data);
        if (!reply.success) return;
        if (reply.data.kind === 'ready') resolve(reply.data.loadMs);
        else if (reply.data.kind === 'crashed') {
          reject(new Error(reply.data.error));
          this.failListener?.(reply.data.error);
        } else this.resultListener?.(reply.data);
      };
      worker.onerror = (event) => {
        const error = event.message || 'the test worker failed to start';
        reject(new Error(error));
        this.failListener?.(error);
      };
    });
    // A worker that crashes while idle must not leave an unhandled rejection behind.
    this.ready.catch(() => {});
  }

  /** Runs the program once and terminates the worker, whatever happens. */
  async run(
    program: FunctionalProgram,
    loadTimeoutMs: number,
    signal?: AbortSignal,
    now = () => performance.now(),
  ): Promise<FunctionalOutcome> {
    try {
      await withTimeout(this.ready, loadTimeoutMs, 'the test runtime did not load in time', signal);
    } catch (error) {
      this.terminate();
      return { passed: false, error: error instanceof Error ? error.message : String(error), ms: 0, timedOut: false };
    }
    const nonce = crypto.randomUUID();
    const started = now();
    const outcome = await new Promise<FunctionalOutcome>((resolve) => {
      const onAbort = () => finish({ passed: false, timedOut: false, error: 'cancelled' });
      const finish = (o: Omit<FunctionalOutcome, 'ms'>) => {
        clearTimeout(timer);
        // One signal serves a whole suite: leave no listener behind per job.
        signal?.removeEventListener('abort', onAbort);
        resolve({ ...o, ms: Math.round(now() - started) });
      };
      // Terminating is the only way to stop a busy loop: the worker's thread never yields.
      const timer = setTimeout(
        () => finish({ passed: false, timedOut: true, error: `stopped after the ${program.timeoutMs} ms time limit` }),
        program.timeoutMs,
      );
      signal?.addEventListener('abort', onAbort, { once: true });
      this.failListener = (error) => finish({ passed: false, timedOut: false, error });
      // A reply without our nonce was forged by the code under test and is ignored.
      this.resultListener = (reply) => {
        if (reply.nonce === nonce) finish(verdict(reply));
      };
      const job: Record<string, unknown> = { kind: 'run', nonce, code: program.code, tests: program.tests };
      if (program.entry) job.entry = program.entry;
      this.worker.postMessage(job);
    });
    this.terminate();
    return outcome;
  }

  terminate(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.worker.terminate();
  }
}

function verdict(reply: Result): Omit<FunctionalOutcome, 'ms'> {
  return reply.error === undefined
    ? { passed: reply.passed, timedOut: false }
    : { passed: reply.passed, timedOut: false, error: reply.error };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('cancelled'));
    };
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const timer = setTimeout(() => {
      settle();
      reject(new Error(message));
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        settle();
        resolve(v);
      },
      (e: unknown) => {
        settle();
        reject(e);
      },
    );
  });
}
