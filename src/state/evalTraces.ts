// The evaluation page's per-run traces: kept as each run lands, and opened again from the results table.
import type { EvalTraceStore } from '../adapters/idb/evalTraceStore';
import type { TaskResult } from '../core/evaluation/TaskResult';
import type { RunTrace } from '../core/trace';

/** A runSuite storeTrace hook; a failure to store one trace loses that trace, never the run. */
export function traceKeeper(opened: Promise<EvalTraceStore> | null, suiteId: string) {
  if (!opened) return undefined;
  return async (trace: RunTrace, result: TaskResult): Promise<string | undefined> => {
    try {
      return await (await opened).put(suiteId, result, trace);
    } catch {
      return undefined;
    }
  };
}

/** The stored trace of a result, or null when it has none or it is gone; a stored record that no longer validates throws. */
export async function storedTrace(
  opened: Promise<EvalTraceStore> | null,
  result: TaskResult,
): Promise<RunTrace | null> {
  if (!result.trace || !opened) return null;
  return (await opened).get(result.trace);
}
