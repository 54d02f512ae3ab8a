// The FunctionalRunner over test workers: one fresh worker per job (so no job sees another's state),
// with one spare per language started ahead, so Pyodide loads while the previous job runs.
import type { FunctionalLanguage, FunctionalRunner } from '../../core/evaluation/functional/FunctionalRunner';
import { TestWorkerSession, type WorkerPort } from './TestWorkerSession';

export type SpawnTestWorker = (language: FunctionalLanguage) => WorkerPort;

export interface SandboxRunnerOptions {
  /** How long a worker may take to load its runtime (Pyodide needs a few seconds). */
  loadTimeoutMs?: number;
  /** Start the next worker while a job runs (off in tests that count workers). */
  keepSpare?: boolean;
  /** Languages whose first worker starts at once (a suite with Python tests: Pyodide loads during generation). */
  warm?: readonly FunctionalLanguage[];
}

export function createSandboxRunner(spawn: SpawnTestWorker, options: SandboxRunnerOptions = {}): FunctionalRunner {
  const loadTimeoutMs = options.loadTimeoutMs ?? 120_000;
  const spares = new Map<FunctionalLanguage, TestWorkerSession>();
  const take = (language: FunctionalLanguage): TestWorkerSession => {
    const session = spares.get(language) ?? new TestWorkerSession(spawn(language));
    spares.delete(language);
    if (options.keepSpare !== false) spares.set(language, new TestWorkerSession(spawn(language)));
    return session;
  };
  for (const language of options.warm ?? []) spares.set(language, new TestWorkerSession(spawn(language)));
  return {
    async run(program, signal) {
      if (signal?.aborted) return { passed: false, error: 'cancelled', ms: 0, timedOut: false };
      return take(program.language).run(program, loadTimeoutMs, signal);
    },
    async dispose() {
      for (const session of spares.values()) session.terminate();
      spares.clear();
    },
  };
}
