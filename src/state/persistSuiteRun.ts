// Runs one suite run to its end or cancellation, saving the suite and each result to IndexedDB as
// it lands, so a reload (or a crash) loses at most the run that was in flight.
import type { LlmEngine } from '../core/generation/LlmEngine';
import type { PipelineStages } from '../core/pipeline';
import type { FunctionalRunner } from '../core/evaluation/functional/FunctionalRunner';
import type { TaskResult } from '../core/evaluation/TaskResult';
import { evalConfig } from '../core/evaluation/EvalConfig';
import { runSuite } from '../core/evaluation/runSuite';
import type { EvalResultsStore } from '../adapters/idb/evalResultsStore';
import type { SuiteRun } from '../core/evaluation/SuiteRun';
import type { RunTrace } from '../core/trace';
import { samplingForSample, withSampling } from '../core/evaluation/withSampling';

export interface PersistSuiteRunInput {
  suite: SuiteRun;
  /** Results saved earlier for this suite run; their runs are skipped. */
  resumeFrom: TaskResult[];
  store: EvalResultsStore;
  stages: PipelineStages;
  engine: LlmEngine | null;
  runner: FunctionalRunner;
  signal: AbortSignal;
  onProgress(done: number, total: number, etaMs: number | null): void;
  onResult(result: TaskResult): void;
  /** Keeps each run's trace (IndexedDB, compressed) and returns the reference its result carries. */
  storeTrace?: (trace: RunTrace, result: TaskResult) => Promise<string | undefined>;
}

/**
 * Returns the suite as finally saved: 'done', or 'cancelled' when the signal fired; null when it finished without a
 * single result, which is deleted rather than kept as a result. Errors propagate after saving.
 */
export async function persistSuiteRun(input: PersistSuiteRunInput): Promise<SuiteRun | null> {
  const { suite, store, signal } = input;
  const started = Date.now();
  let count = input.resumeFrom.length;
  await store.saveSuite({ ...suite, status: 'running' });
  const finish = async (): Promise<SuiteRun | null> => {
    if (!signal.aborted && count === 0) {
      await store.deleteSuite(suite.id);
      return null;
    }
    const finished: SuiteRun = {
      ...suite,
      status: signal.aborted ? 'cancelled' : 'done',
      wallMs: suite.wallMs + (Date.now() - started),
    };
    await store.saveSuite(finished);
    return finished;
  };
  try {
    const stream = runSuite({
      tasks: suite.tasks,
      configs: suite.configIds.map(evalConfig),
      engines: input.engine ? [input.engine] : [],
      stages: input.stages,
      functionalRunner: input.runner,
      signal,
      resumeFrom: input.resumeFrom,
      testTimeoutMs: suite.testTimeoutMs,
      onProgress: input.onProgress,
      samples: suite.samples ?? 1,
      engineForSample: (engine, sample) =>
        withSampling(engine, samplingForSample({ temperature: suite.temperature, seed: suite.seed }, sample)),
      ...(input.storeTrace ? { storeTrace: input.storeTrace } : {}),
    });
    for await (const result of stream) {
      await store.putResult(suite.id, result);
      count += 1;
      input.onResult(result);
    }
  } catch (error) {
    // A failed suite stays resumable: it is saved as cancelled, not done.
    await store.saveSuite({ ...suite, status: 'cancelled', wallMs: suite.wallMs + (Date.now() - started) });
    throw error;
  } finally {
    await input.runner.dispose?.();
  }
  return finish();
}
