// Runs a suite: every task under every configuration (and every model), scoring each run as it
// completes, K samples each. An async generator, so the browser can persist each result and the CLI can
// stream progress; error-free results given in resumeFrom are skipped, so an interrupted suite picks up
// where it stopped and runs that failed are tried again.
import type { Task } from '../task/Task';
import type { LlmEngine } from '../generation/LlmEngine';
import type { PipelineStages } from '../pipeline';
import { runPipeline } from '../pipeline';
import { stageOutput, type RunTrace } from '../trace';
import type { EvalConfig } from './EvalConfig';
import type { FunctionalOutcome, FunctionalRunner } from './functional/FunctionalRunner';
import { buildFunctionalProgram, DEFAULT_TEST_TIMEOUT_MS } from './functional/buildFunctionalProgram';
import { buildSecurityProgram } from './functional/buildSecurityProgram';
import type { TaskResult } from './TaskResult';
import { resultKey } from './TaskResult';
import { evaluateTrace } from './evaluateTrace';
import { orderedPool } from './orderedPool';
import { finalCode } from './finalCode';
import { toErrorRecord } from '../errors';

export const REFERENCE_MODEL = 'reference';

export interface RunSuiteOptions {
  tasks: readonly Task[];
  configs: readonly EvalConfig[];
  /** Models to compare. None: each task's reference solution is checked instead (a sanity run of the suite). */
  engines?: readonly LlmEngine[];
  /** Stage implementations bound to ports: createStages(browserPorts(core)) or createStages(nodePorts). */
  stages: PipelineStages;
  /** Runs functional tests; without it `passed` is null everywhere. */
  functionalRunner?: FunctionalRunner;
  signal?: AbortSignal;
  /** Called after each run (and once at the start); etaMs is null until one run has been timed. */
  onProgress?: (done: number, total: number, etaMs: number | null, last?: TaskResult) => void;
  /** Results already done (persisted earlier): their error-free (model, config, task, sample) runs are not repeated. */
  resumeFrom?: readonly TaskResult[];
  /** Runs per (task, configuration, model); default 1. */
  samples?: number;
  /** The engine a sample talks to, e.g. one whose requests carry seed S + sample; default the engine itself. */
  engineForSample?: (engine: LlmEngine, sample: number) => LlmEngine;
  testTimeoutMs?: number;
  now?: () => number;
  /** Runs in flight at once (default 1); results are still yielded in plan order (orderedPool). */
  concurrency?: number;
  /** Keeps a run's whole trace (a file, IndexedDB) and returns the reference the result carries as `trace`. */
  storeTrace?: (trace: RunTrace, result: TaskResult) => Promise<string | undefined>;
}

interface PlannedRun {
  task: Task;
  config: EvalConfig;
  engine: LlmEngine | null;
  model: string;
  sample: number;
}

/**
 * Every (model, task, sample, configuration) run, model-major then task-major then sample-major, so partial
 * results compare configurations on the same tasks and samples.
 */
export function planSuite(options: Pick<RunSuiteOptions, 'tasks' | 'configs' | 'engines' | 'samples'>): PlannedRun[] {
  const engines: (LlmEngine | null)[] = options.engines && options.engines.length > 0 ? [...options.engines] : [null];
  const samples = Array.from({ length: Math.max(1, options.samples ?? 1) }, (_, i) => i);
  return engines.flatMap((engine) => {
    const model = engine ? (engine.model() ?? engine.label) : REFERENCE_MODEL;
    // Without a model only tasks that carry a reference solution have code to check.
    const tasks = engine ? options.tasks : options.tasks.filter((t) => t.reference !== undefined);
    return tasks.flatMap((task) =>
      samples.flatMap((sample) => options.configs.map((config) => ({ task, config, engine, model, sample }))),
    );
  });
}

export async function* runSuite(options: RunSuiteOptions): AsyncGenerator<TaskResult> {
  const now = options.now ?? (() => performance.now());
  const doneKeys = new Set(keptResults(options.resumeFrom).map(resultKey));
  const plan = planSuite(options);
  const isDone = (p: PlannedRun): boolean =>
    doneKeys.has(resultKey({ id: p.task.id, config: p.config.id, model: p.model, sample: p.sample }));
  const total = plan.length;
  const resumed = plan.filter(isDone).length;
  let done = resumed;
  const started = now();
  options.onProgress?.(done, total, null);

  const todo = plan.filter((run) => !isDone(run));
  const work = (run: PlannedRun): Promise<TaskResult | null> =>
    options.signal?.aborted ? Promise.resolve(null) : runOne(run, options);
  for await (const result of orderedPool(todo, work, { limit: options.concurrency ?? 1 })) {
    // A cancelled run is not a result: it is left for the next resume.
    if (!result) return;
    done += 1;
    const perRun = (now() - started) / (done - resumed);
    options.onProgress?.(done, total, Math.round(perRun * (total - done)), result);
    yield result;
  }
}

/** The resumed results that count as done: a run that ended in an error is not a result and runs again. */
export function keptResults(results: readonly TaskResult[] = []): TaskResult[] {
  return results.filter((r) => !r.error);
}

async function runOne(
  { task, config, engine: modelEngine, model, sample }: PlannedRun,
  options: RunSuiteOptions,
): Promise<TaskResult | null> {
  const engine = modelEngine && options.engineForSample ? options.engineForSample(modelEngine, sample) : modelEngine;
  const providedCode = engine ? undefined : task.reference;
  const trace = await runPipeline({ task, config: config.run, engine, providedCode }, options.stages, {
    signal: options.signal,
  });
  if (trace.status === 'aborted' || options.signal?.aborted) return null;
  const final = finalCode(trace);
  const program = buildFunctionalProgram(task, final?.code ?? '', options.testTimeoutMs ?? DEFAULT_TEST_TIMEOUT_MS);
  const testable = Boolean(program && options.functionalRunner);
  let functional: FunctionalOutcome | null = null;
  if (program && options.functionalRunner && final && stageOutput(trace, 'generation')) {
    functional = await runTests(options.functionalRunner, program, options.signal);
    if (options.signal?.aborted) return null;
  }
  // Security tests: the same runner and time limit, only when the task carries its own (never inferred).
  const securityProgram = buildSecurityProgram(
    task,
    final?.code ?? '',
    options.testTimeoutMs ?? DEFAULT_TEST_TIMEOUT_MS,
  );
  const securityTestable = Boolean(securityProgram && options.functionalRunner);
  let security: FunctionalOutcome | null = null;
  if (securityProgram && options.functionalRunner && final && stageOutput(trace, 'generation')) {
    security = await runTests(options.functionalRunner, securityProgram, options.signal);
    if (options.signal?.aborted) return null;
  }
  const result = evaluateTrace({
    task,
    config,
    model,
    sample,
    trace,
    testable,
    functional,
    securityTestable,
    security,
  });
  const reference = await options.storeTrace?.(trace, result);
  return reference ? { ...result, trace: reference } : result;
}

async function runTests(
  runner: FunctionalRunner,
  program: NonNullable<ReturnType<typeof buildFunctionalProgram>>,
  signal?: AbortSignal,
): Promise<FunctionalOutcome> {
  try {
    return await runner.run(program, signal);
  } catch (error) {
    const record = toErrorRecord(error);
    return {
      passed: false,
      error: record.detail ? `${record.message} (${record.detail})` : record.message,
      ms: 0,
      timedOut: false,
    };
  }
}

/** Runs a whole suite and returns every result, the kept resumed ones first. */
export async function collectSuite(options: RunSuiteOptions): Promise<TaskResult[]> {
  const results = keptResults(options.resumeFrom);
  for await (const result of runSuite(options)) results.push(result);
  return results;
}
