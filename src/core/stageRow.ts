// The pipeline drawn as a row: the task, then every stage of PIPELINE with its status in a (partial) trace.
import { STAGE_NAMES } from './pipeline';
import type { RunTrace, StageName } from './trace';

/** idle: nothing has run yet; pending: not reached (yet); running: the stage the pipeline is in now. */
export type StageRowStatus = 'idle' | 'pending' | 'running' | 'ok' | 'skipped' | 'error';

export interface StageRowNode {
  /** 'task' for the first node, else the stage's name. */
  id: 'task' | StageName;
  label: string;
  status: StageRowStatus;
  /** Why a stage was skipped or failed, for the node's tooltip. */
  note?: string;
}

/** Short labels for the row; a Record, so a stage added to PIPELINE without a label fails tsc. */
export const STAGE_LABELS: Record<StageName, string> = {
  facets: 'Facets',
  retrieval: 'Retrieval',
  prompt: 'Prompt',
  generation: 'Model',
  analysis: 'Analysis',
  revision: 'Revision',
  critique: 'Critique',
  diff: 'Diff',
};

/**
 * The row for what is on screen. While a run goes, the first stage without an entry is the one running
 * (the runner reports the trace after each stage); a finished or cancelled run leaves unreached stages pending.
 */
export function stageRow(trace: RunTrace | null, running: boolean): StageRowNode[] {
  const started = running || trace !== null;
  const task: StageRowNode = { id: 'task', label: 'Task', status: started ? 'ok' : 'idle' };
  let runningShown = false;
  const stages = STAGE_NAMES.map((name): StageRowNode => {
    const node = { id: name, label: STAGE_LABELS[name] };
    const entry = trace?.stages.find((s) => s.stage === name);
    if (entry?.status === 'skipped') return { ...node, status: 'skipped', note: entry.reason };
    if (entry?.status === 'error') return { ...node, status: 'error', note: entry.error.message };
    if (entry) return { ...node, status: 'ok' };
    if (!started) return { ...node, status: 'idle' };
    if (running && !runningShown) {
      runningShown = true;
      return { ...node, status: 'running' };
    }
    return { ...node, status: 'pending' };
  });
  return [task, ...stages];
}
