// The run store: glue between the UI and the core. Actions call the core and keep the current
// trace; the logic lives in core/, the store only holds state.
import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_RUN_CONFIG } from '../core/trace';
import { toErrorRecord } from '../core/errors';
import { runPipeline } from '../core/pipeline';
import { taskInputProblem } from '../core/task/checkTaskInput';
import { createStages } from '../core/createStages';
import { RunCoordinator } from '../core/runCoordinator';
import { currentTask, type RunState } from './RunState';

import { coreApi, coreReady, workerCreatedAt } from './coreClient';
import { kbReadyReport } from './kbReadyReport';
import { browserPorts } from './browserPorts';
import { useModelStore } from './modelStore';
import { useFeedbackStore } from './feedbackStore';
import { appendLiveText, resetLiveText } from './liveTextStore';
import { draftPersistOptions, restoredSelection } from './draftPersistence';

const runs = new RunCoordinator();
/** The run the user cancelled last, so its final (aborted) trace can still be shown. */
let cancelledRunId: string | null = null;
/** The run started last (the coordinator keeps it private). */
let startedRunId: string | null = null;

const runStoreState: StateCreator<RunState, [['zustand/persist', unknown]]> = (set, get) => ({
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
  trace: null,
  replayOf: null,
  interruptedRun: false,

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
        selectedTaskId: restoredSelection(s, ready.tasks),
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
    resetLiveText();
    set({ running: true, inputError: null, cancelled: false, trace: null, replayOf: replayOf ?? null });
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
          if (runs.isCurrent(ticket.runId)) appendLiveText(token.text);
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
    resetLiveText();
    set({ trace, running: false, cancelled: false, replayOf: null });
  },

  showTrace(trace) {
    // Select the trace's task when the gallery has it, so the task panel matches what is on screen.
    if (get().tasks.some((t) => t.id === trace.task.id)) get().selectTask(trace.task.id);
    get().loadTrace(trace);
  },
});

// The task being edited survives a reload (never the trace): see draftPersistence.ts.
export const useRunStore = create<RunState>()(persist(runStoreState, draftPersistOptions()));
