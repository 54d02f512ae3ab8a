// Recorded demo runs: traces made with the scripted engine (scripts/recordRuns.ts) and shipped in public/recorded,
// so the pipeline can be watched without a model. Their answers were written by us, never by a model.
import type { RunTrace } from './trace';

/** The engine label every recorded run carries, so the trace itself says where its answers came from. */
export const RECORDED_LABEL = 'Recorded demo: answers written by the project, not by a model';

/** Run ids of recorded runs start with this. */
export const RECORDED_RUN_PREFIX = 'recorded-';

export interface RecordedRunInfo {
  /** The trace's run id. */
  id: string;
  /** File name inside recorded/. */
  file: string;
  taskId: string;
  title: string;
  language: string;
  cwe: string | null;
  summary: string;
}

export interface RecordedIndex {
  runs: RecordedRunInfo[];
}

/** A trace is shown as recorded when it was made by the scripted engine under the recorded label. */
export function isRecordedTrace(trace: Pick<RunTrace, 'runId' | 'engine'> | null): boolean {
  return (
    !!trace &&
    trace.runId.startsWith(RECORDED_RUN_PREFIX) &&
    trace.engine?.kind === 'scripted' &&
    trace.engine.label === RECORDED_LABEL
  );
}

/** A replay of a recorded run plays back the same answers of ours, so it is labelled as recorded too. */
export function isRecordedReplay(trace: Pick<RunTrace, 'engine'> | null, replayOf: string | null): boolean {
  const source = replayOf ?? (trace?.engine?.kind === 'replay' ? trace.engine.label.replace(/^Replay of /, '') : '');
  return source.startsWith(RECORDED_RUN_PREFIX);
}
