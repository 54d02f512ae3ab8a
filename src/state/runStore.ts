// The run store: glue between the UI and the core. Actions call the core and keep the current
// trace; the logic lives in core/, the store only holds state.
import { create } from 'zustand';
import type { Task, Language, TaskKind } from '../core/task/Task';
import type { RunTrace, RunConfig } from '../core/trace';
import { DEFAULT_RUN_CONFIG } from '../core/trace';
import type { ProvidedLanguage } from '../core/task/CodeLanguage';
import type { ErrorRecord } from '../core/errors';
import { toErrorRecord } from '../core/errors';
import { runPipeline, type RunRequest } from '../core/pipeline';
import { taskInputProblem } from '../core/task/checkTaskInput';
import { createStages } from '../core/createStages';
import { RunCoordinator } from '../core/runCoordinator';
import { coreApi, coreReady, workerCreatedAt } from './coreClient';
import { kbReadyReport, type KbReadyReport } from './kbReadyReport';
import { browserPorts } from './browserPorts';
import { useModelStore } from './modelStore';
import { useFeedbackStore } from './feedbackStore';

export interface CustomTask {
  prompt: string;
  language: Language;
  kind: TaskKind;
}

interface RunState {
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
  liveText: string;
  trace: RunTrace | null;
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
}

const runs = new RunCoordinator();
/** The run the user cancelled last, so its final (aborted) trace can still be shown. */
let cancelledRunId: string | null = null;
/** The run started last (the coordinator keeps it private). */
let startedRunId: string | null = null;

export function currentTask(state: Pick<RunState, 'tasks' | 'selectedTaskId' | 'custom'>): Task {
  const chosen = state.tasks.find((t) => t.id === state.selectedTaskId);
  if (chosen) return chosen;
  return { id: 'custom', title: 'Custom task', ...state.custom };
}

export const useRunStore = create<RunState>((set, get) => ({
  kb: { status: 'loading' },
  tasks: [],
  selectedTaskId: null,
  custom: { prompt: '', language: 'python', kind: 'nl' },
  providedCode: '',
  useProvidedCode: false,
  providedLanguage: 'auto',
  config: DEFAULT_RUN_CONFIG,
  running: false,
  inputError: null,
  cancelled: false,
  liveText: '',
  trace: null,
  replayOf: null,

  async boot() {
    void useFeedbackStore.getState().load();
    try {
      const ready = await coreReady();
      set((s) => ({
        kb: {
          status: 'ready',
          version: ready.kbVersion,
          counts: ready.counts,
          report: kbReadyReport(ready, performance.timeOrigin, workerCreatedAt()),
        },
        tasks: ready.tasks,
        selectedTaskId: s.selectedTaskId ?? ready.tasks[0]?.id ?? null,
      }));
    } catch (error) {
      set({ kb: { status: 'error', error: toErrorRecord(error, 'KB_NOT_LOADED') } });
    }
  },

  selectTask: (id) => set({ selectedTaskId: id, inputError: null }),
  editCustom: (patch) => set((s) => ({ custom: { ...s.custom, ...patch }, selectedTaskId: null, inputError: null })),
  setProvidedCode: (code, use) => set({ providedCode: code, useProvidedCode: use, inputError: null }),
  setProvidedLanguage: (language) => set({ providedLanguage: language, inputError: null }),
  checkAs(code, language) {
    if (get().running) return Promise.resolve();
    set({ providedCode: code, useProvidedCode: true, providedLanguage: language, inputError: null });
    return get().run();
  },
  setConfig: (patch) => set((s) => ({ config: { ...s.config, ...patch } })),

  async run() {
    const state = get();
    // A second click (or Ctrl+Enter) while a run is going must not restart or cancel it: Cancel is its own button.
    if (state.running) return;
    return get().runRequest({
      task: currentTask(state),
      config: state.config,
      engine: useModelStore.getState().engine,
      ...(state.useProvidedCode ? { providedCode: state.providedCode, providedLanguage: state.providedLanguage } : {}),
    });
  },

  async runRequest(request, replayOf) {
    // Refused input never starts a run: the previous trace stays on screen, the message shows by the editor.
    const problem = taskInputProblem(request);
    if (problem) {
      set({ inputError: problem.toRecord() });
      return;
    }
    const ticket = runs.start();
    startedRunId = ticket.runId;
    cancelledRunId = null;
    set({ running: true, inputError: null, cancelled: false, liveText: '', trace: null, replayOf: replayOf ?? null });
    try {
      await coreReady();
      await useFeedbackStore.getState().load();
      const trace = await runPipeline(request, createStages(browserPorts(coreApi())), {
        runId: ticket.runId,
        signal: ticket.signal,
        onUpdate: (partial) => {
          if (runs.isCurrent(ticket.runId)) set({ trace: partial });
        },
        onToken: (token) => {
          if (runs.isCurrent(ticket.runId)) set((s) => ({ liveText: s.liveText + token.text }));
        },
      });
      if (runs.isCurrent(ticket.runId)) set({ trace, running: false });
      // A cancelled run's own final trace says which stage was stopped (ABORTED): keep it unless a newer run started.
      else if (cancelledRunId === ticket.runId) set({ trace });
    } catch (error) {
      if (runs.isCurrent(ticket.runId)) {
        set({
          running: false,
          kb: get().kb.status === 'ready' ? get().kb : { status: 'error', error: toErrorRecord(error) },
        });
      }
    }
  },

  cancel() {
    if (!get().running) return;
    cancelledRunId = startedRunId;
    runs.cancel();
    // Until the cancelled run's final trace arrives, mark what is shown as aborted.
    set((s) => ({ running: false, cancelled: true, trace: s.trace ? { ...s.trace, status: 'aborted' } : null }));
  },

  loadTrace: (trace) => {
    runs.cancel();
    cancelledRunId = null;
    set({ trace, running: false, cancelled: false, liveText: '', replayOf: null });
  },
}));
