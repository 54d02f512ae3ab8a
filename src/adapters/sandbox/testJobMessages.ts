// The messages between the main thread and a functional-test worker: one job in, one reply out.
// Both sides parse with zod, because a worker running generated code is not a trusted peer.
import { z } from 'zod';

export const testJobSchema = z.strictObject({
  kind: z.literal('run'),
  /** Echoed in the result; the code under test never sees it, so it cannot forge a verdict. */
  nonce: z.string(),
  /** The generated code under test. */
  code: z.string(),
  /** The task's assertions, run after the code in the same scope. */
  tests: z.string(),
  /** The function the tests call, checked to exist first for a clearer error. */
  entry: z.string().optional(),
  /** Where Pyodide's files are served (Python worker only). */
  indexUrl: z.string().optional(),
});

export type TestJob = z.infer<typeof testJobSchema>;

export const workerReplySchema = z.discriminatedUnion('kind', [
  /** The worker finished loading its runtime and waits for a job. */
  z.strictObject({ kind: z.literal('ready'), loadMs: z.number() }),
  /** The job ran to an end: passed, or failed with the first failing assertion or error. */
  z.strictObject({
    kind: z.literal('result'),
    nonce: z.string(),
    passed: z.boolean(),
    error: z.string().optional(),
    ms: z.number(),
  }),
  /** The runtime itself failed to start (not the code under test). */
  z.strictObject({ kind: z.literal('crashed'), error: z.string() }),
]);

export type WorkerReply = z.infer<typeof workerReplySchema>;

/** Outcome of running code and tests, before timing and timeouts are added by the host. */
export interface TestOutcome {
  passed: boolean;
  error?: string;
}
