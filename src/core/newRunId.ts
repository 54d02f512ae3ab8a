// Run ids, minted in one place for the pipeline and the run coordinator: `run-<time base36>-<counter>`.
let runCounter = 0;

/** A new run id, unique within this page or process (the counter) and across reloads (the time). */
export function newRunId(): string {
  runCounter += 1;
  return `run-${Date.now().toString(36)}-${runCounter}`;
}
