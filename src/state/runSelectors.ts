// Named selectors of the run store. Components pass them through useShallow, so a component
// re-renders only when a value it shows changes (never per streamed token: see liveTextStore).
import type { RunTrace } from '../core/trace';
import type { RunState } from './RunState';

/** The stage the pipeline recorded as ABORTED, once the cancelled run's final trace has arrived. */
export function abortedStage(trace: RunTrace | null): string | null {
  return trace?.stages.find((s) => s.status === 'error' && s.error.code === 'ABORTED')?.stage ?? null;
}

/** What the run button and its notices show; derived flags, so a new partial trace does not re-render them. */
export const selectRunStatus = (s: RunState) => ({
  running: s.running,
  cancelled: s.cancelled,
  kbReady: s.kb.status === 'ready',
  traceAborted: s.trace?.status === 'aborted',
  abortedStage: abortedStage(s.trace),
});

export const selectRunConfig = (s: RunState) => ({
  config: s.config,
  providedCode: s.providedCode,
  useProvidedCode: s.useProvidedCode,
  providedLanguage: s.providedLanguage,
});

/** Actions never change, so picking them costs no re-render. */
export const selectRunActions = (s: RunState) => ({
  run: s.run,
  cancel: s.cancel,
  setConfig: s.setConfig,
  setProvidedCode: s.setProvidedCode,
  setProvidedLanguage: s.setProvidedLanguage,
  checkAs: s.checkAs,
  editCustom: s.editCustom,
  selectTask: s.selectTask,
});

/** The inputs of currentTask() plus the refusal shown under the editor. */
export const selectTaskInput = (s: RunState) => ({
  tasks: s.tasks,
  selectedTaskId: s.selectedTaskId,
  custom: s.custom,
  inputError: s.inputError,
});

/** What the stage panes show: the (partial) trace and whether a run is going. */
export const selectShownRun = (s: RunState) => ({ trace: s.trace, running: s.running });

export const selectReplay = (s: RunState) => ({
  replayOf: s.replayOf,
  running: s.running,
  engine: s.trace?.engine,
});

export const selectTrace = (s: RunState) => s.trace;
export const selectTasks = (s: RunState) => s.tasks;
export const selectKb = (s: RunState) => s.kb;
