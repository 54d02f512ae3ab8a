// The run store's state and actions, and the task a run would use (a gallery task or the custom one).
import type { Task, Language, TaskKind } from '../core/task/Task';
import type { RunTrace, RunConfig } from '../core/trace';
import type { ErrorRecord } from '../core/errors';
import type { RunRequest } from '../core/pipeline';
import type { KbReadyReport } from './kbReadyReport';
import type { ProvidedLanguage } from '../core/task/CodeLanguage';

export interface CustomTask {
  prompt: string;
  language: Language;
  kind: TaskKind;
}

export interface RunState {
  kb:
    | { status: 'loading' }
    | { status: 'ready'; version: string; counts: Record<string, number>; report: KbReadyReport }
    | { status: 'error'; error: ErrorRecord };
  tasks: Task[];
  selectedTaskId: string | null;
  custom: CustomTask;
  /** Code pasted by the user to check without a model. */
  providedCode: string;
  useProvidedCode: boolean;
  /** The language the pasted code is read as; 'auto' detects it from its syntax (in the core worker). */
  providedLanguage: ProvidedLanguage;
  config: RunConfig;
  running: boolean;
  /** Why the last Run was refused before starting (e.g. an empty task); cleared by editing. */
  inputError: ErrorRecord | null;
  /** The last run was cancelled by the user (shown next to the Run button until the next run). */
  cancelled: boolean;
  trace: RunTrace | null;
  /** The page was reloaded or closed while a run was going (read from the stored draft). */
  interruptedRun: boolean;
  boot(): Promise<void>;
  selectTask(id: string | null): void;
  editCustom(patch: Partial<CustomTask>): void;
  setProvidedCode(code: string, use: boolean): void;
  setProvidedLanguage(language: ProvidedLanguage): void;
  /** Checks code as a given language: "analyse as Python?" after a failed parse. */
  checkAs(code: string, language: Language): Promise<void>;
  setConfig(patch: Partial<RunConfig>): void;
  run(): Promise<void>;
  /** Runs a given request (e.g. a replay of a recorded trace); replayOf names the recorded run. */
  runRequest(request: RunRequest, replayOf?: string): Promise<void>;
  /** The recorded run being replayed, while a replay is on screen. */
  replayOf: string | null;
  cancel(): void;
  loadTrace(trace: RunTrace): void;
  /** Loads a trace and selects its task when the gallery has it (imports, share links). */
  showTrace(trace: RunTrace): void;
}

export function currentTask(state: Pick<RunState, 'tasks' | 'selectedTaskId' | 'custom'>): Task {
  const chosen = state.tasks.find((t) => t.id === state.selectedTaskId);
  if (chosen) return chosen;
  return { id: 'custom', title: 'Custom task', ...state.custom };
}
