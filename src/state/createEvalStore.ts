// The evaluation page's store: what suite and configurations are picked, and the glue that runs
// the core's runSuite, saves each result to IndexedDB as it lands, cancels, and resumes.
import { create } from 'zustand';
import type { Language, Task } from '../core/task/Task';
import type { LlmEngine } from '../core/generation/LlmEngine';
import type { PipelineStages } from '../core/pipeline';
import type { FunctionalRunner } from '../core/evaluation/functional/FunctionalRunner';
import type { TaskResult } from '../core/evaluation/TaskResult';
import { DEFAULT_EVAL_CONFIG_IDS } from '../core/evaluation/EvalConfig';
import { keptResults, REFERENCE_MODEL } from '../core/evaluation/runSuite';
import { persistSuiteRun } from './persistSuiteRun';
import { chooseSuite, toSuiteChoice, type SuiteChoice } from '../core/evaluation/chooseSuite';
import { parseSuiteJsonl, type SuiteLineError } from '../core/evaluation/parseSuiteJsonl';
import { toErrorRecord, type ErrorRecord } from '../core/errors';
import type { EvalResultsStore } from '../adapters/idb/evalResultsStore';
import type { SuiteRun } from '../core/evaluation/SuiteRun';
import { newSuiteRun } from '../core/evaluation/newSuiteRun';
import type { EvalTraceStore } from '../adapters/idb/evalTraceStore';
import { storedTrace, traceKeeper } from './evalTraces';
import type { RunTrace } from '../core/trace';

export interface EvalStoreDeps {
  openResults(): Promise<EvalResultsStore>;
  stages(): Promise<PipelineStages>;
  /** The loaded engine; null runs the tasks' reference solutions instead (a sanity run). */
  engine(): LlmEngine | null;
  /** A runner for one suite run; it may start workers ahead for the languages the tasks test. */
  functionalRunner(tasks: readonly Task[]): FunctionalRunner;
  gallery(): Task[];
  /** Where each run's trace is kept (compressed, IndexedDB); without it traces are not kept. */
  openTraces?(): Promise<EvalTraceStore>;
  /** Shows a run's trace in the trace view (the playground). */
  showTrace?(trace: RunTrace): void;
}

export type ChoiceKind = SuiteChoice['kind'];

export interface EvalState {
  choiceKind: ChoiceKind;
  language: Language;
  subset: string[];
  file: { name: string; tasks: Task[]; errors: SuiteLineError[] } | null;
  configIds: string[];
  testTimeoutMs: number;
  running: boolean;
  progress: { done: number; total: number; etaMs: number | null } | null;
  suites: SuiteRun[];
  current: SuiteRun | null;
  results: TaskResult[];
  error: ErrorRecord | null;
  init(): Promise<void>;
  setChoice(patch: Partial<Pick<EvalState, 'choiceKind' | 'language' | 'subset'>>): void;
  loadFile(name: string, text: string): void;
  toggleConfig(id: string): void;
  setTestTimeout(ms: number): void;
  run(): Promise<void>;
  resume(): Promise<void>;
  cancel(): void;
  open(suiteId: string): Promise<void>;
  remove(suiteId: string): Promise<void>;
  /** Samples per task and configuration (K), temperature and seed of the next run, as eval's flags. */
  sampling: EvalSampling;
  setSampling(patch: Partial<EvalSampling>): void;
  /** Opens the trace a result refers to in the trace view; false when it is not stored. */
  openTrace(result: TaskResult): Promise<boolean>;
}

export interface EvalSampling {
  samples: number;
  temperature: number;
  /** null: no seed is sent. */
  seed: number | null;
}

export function createEvalStore(deps: EvalStoreDeps) {
  let results: Promise<EvalResultsStore> | null = null;
  const db = () => (results ??= deps.openResults());
  let traceStore: Promise<EvalTraceStore> | null = null;
  const traces = () => (deps.openTraces ? (traceStore ??= deps.openTraces()) : null);
  let controller: AbortController | null = null;

  return create<EvalState>()((set, get) => {
    const modelOf = (engine: LlmEngine | null) => (engine ? (engine.model() ?? engine.label) : REFERENCE_MODEL);

    async function execute(suite: SuiteRun, resumeFrom: TaskResult[]): Promise<void> {
      const store = await db();
      controller = new AbortController();
      set({
        running: true,
        error: null,
        current: { ...suite, status: 'running' },
        // Runs that ended in an error run again, so only the error-free ones are shown as done.
        results: keptResults(resumeFrom),
        progress: null,
      });
      let current: SuiteRun | null = { ...suite, status: 'cancelled' };
      try {
        current = await persistSuiteRun({
          suite,
          resumeFrom,
          store,
          stages: await deps.stages(),
          engine: deps.engine(),
          runner: deps.functionalRunner(suite.tasks),
          signal: controller.signal,
          onProgress: (done, total, etaMs) => set({ progress: { done, total, etaMs } }),
          onResult: (result) => set((s) => ({ results: [...s.results, result] })),
          storeTrace: traceKeeper(traces(), suite.id),
        });
        if (!current)
          set({ error: { code: 'BAD_INPUT', message: 'The suite produced no results, so it was not saved.' } });
      } catch (error) {
        set({ error: toErrorRecord(error) });
      }
      controller = null;
      set({ running: false, current, suites: await store.listSuites() });
    }

    return {
      choiceKind: 'gallery',
      language: 'python',
      subset: [],
      file: null,
      configIds: [...DEFAULT_EVAL_CONFIG_IDS],
      testTimeoutMs: 10_000,
      running: false,
      progress: null,
      suites: [],
      current: null,
      results: [],
      error: null,
      sampling: { samples: 1, temperature: 0, seed: null },

      setSampling: (patch) => set((s) => ({ sampling: { ...s.sampling, ...patch } })),

      async openTrace(result) {
        try {
          const trace = await storedTrace(traces(), result);
          if (!trace) return false;
          deps.showTrace?.(trace);
          return true;
        } catch (error) {
          set({ error: toErrorRecord(error, 'IMPORT_INVALID') });
          return false;
        }
      },

      async init() {
        try {
          const store = await db();
          const suites = await store.listSuites();
          const latest = suites[0];
          set({ suites });
          if (latest && !get().current) set({ current: latest, results: await store.results(latest.id) });
        } catch (error) {
          set({ error: toErrorRecord(error) });
        }
      },

      setChoice: (patch) => set(patch),

      loadFile: (name, text) => set({ file: { name, ...parseSuiteJsonl(text) }, choiceKind: 'file' }),

      toggleConfig: (id) =>
        set((s) => ({
          configIds: s.configIds.includes(id) ? s.configIds.filter((c) => c !== id) : [...s.configIds, id],
        })),

      setTestTimeout: (ms) => set({ testTimeoutMs: Math.max(100, Math.round(ms)) }),

      async run() {
        if (get().running) return;
        const { name, tasks } = chooseSuite(deps.gallery(), toSuiteChoice(get()));
        const engine = deps.engine();
        const { configIds, testTimeoutMs } = get();
        const { samples, temperature, seed } = get().sampling;
        const next = newSuiteRun({
          name,
          tasks,
          configIds,
          model: engine ? modelOf(engine) : null,
          testTimeoutMs,
          sampling: { samples, temperature, ...(seed !== null ? { seed } : {}) },
        });
        if ('refused' in next) {
          set({ error: { code: 'BAD_INPUT', message: next.refused } });
          return;
        }
        await execute(next.suite, []);
      },

      async resume() {
        const { current, running } = get();
        if (!current || running || current.status === 'done') return;
        const model = modelOf(deps.engine());
        if (model !== current.model) {
          set({
            error: {
              code: 'BAD_INPUT',
              message: `This suite ran with ${current.model}; load that model (now: ${model}) to resume it.`,
            },
          });
          return;
        }
        await execute(current, await (await db()).results(current.id));
      },

      cancel: () => controller?.abort(),

      async open(suiteId) {
        if (get().running) return;
        const store = await db();
        const suite = get().suites.find((s) => s.id === suiteId);
        if (suite) set({ current: suite, results: await store.results(suite.id), progress: null, error: null });
      },

      async remove(suiteId) {
        if (get().running && get().current?.id === suiteId) return;
        const store = await db();
        await store.deleteSuite(suiteId);
        await (await traces())?.deleteSuite(suiteId);
        const suites = await store.listSuites();
        const current = get().current?.id === suiteId ? (suites[0] ?? null) : get().current;
        set({ suites, current, results: current ? await store.results(current.id) : [] });
      },
    };
  });
}
