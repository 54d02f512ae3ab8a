// The pipeline: the ordered list of stages and runPipeline(). Start reading the code here.
//
// task -> facets -> retrieval -> prompt -> generation -> analysis -> revision -> critique -> diff
//
// Each stage is a function from typed input to a typed, serialisable record. The runner times
// each one, records its output or error, skips stages whose inputs are missing, honours the
// AbortSignal, and reports the growing trace after every stage so the UI can render it live.
import type { Task } from './task/Task';
import type { LlmEngine, TokenEvent } from './generation/LlmEngine';
import {
  DEFAULT_RUN_CONFIG,
  TRACE_SCHEMA,
  TRACE_VERSION,
  type RunConfig,
  type RunTrace,
  type StageEntry,
  type StageName,
  type StageOutputs,
} from './trace';
import { PlaygroundError, isAbortError, throwIfAborted, toErrorRecord } from './errors';
import { assertTaskInput } from './task/checkTaskInput';
import type { ProvidedLanguage } from './task/CodeLanguage';

export interface StageContext {
  task: Task;
  config: RunConfig;
  engine: LlmEngine | null;
  signal: AbortSignal;
  providedCode?: string;
  /** Set in "check my own code" runs: facets come from the pasted code, read as this language ('auto': detected). */
  providedLanguage?: ProvidedLanguage;
  /** Streams generated tokens to the UI while the generation stage runs. */
  onToken?: (token: TokenEvent) => void;
}

type Done = Partial<StageOutputs>;

/** A stage implementation: the outputs of earlier stages plus the context, to its own record. */
export type StageFn<S extends StageName> = (done: Done, ctx: StageContext) => Promise<StageOutputs[S]>;

export type PipelineStages = { [S in StageName]: StageFn<S> };

interface StageSpec {
  name: StageName;
  /** Stages whose outputs this one needs. */
  needs: StageName[];
  /** Returns a reason to skip, or null to run. */
  skipWhen?: (ctx: StageContext) => string | null;
}

/** The pipeline, in order. */
export const PIPELINE: readonly StageSpec[] = [
  { name: 'facets', needs: [] },
  { name: 'retrieval', needs: ['facets'] },
  { name: 'prompt', needs: ['retrieval'] },
  {
    name: 'generation',
    needs: ['prompt'],
    skipWhen: (ctx) =>
      ctx.engine || ctx.providedCode !== undefined
        ? null
        : 'No model is loaded: load one to generate, or paste code to check.',
  },
  { name: 'analysis', needs: ['generation'] },
  {
    name: 'revision',
    needs: ['generation', 'analysis'],
    skipWhen: (ctx) => (ctx.config.revise ? null : 'Revision is turned off for this run.'),
  },
  // Critique starts from the revised code when revision ran, else from the generated code.
  {
    name: 'critique',
    needs: ['generation', 'analysis'],
    skipWhen: (ctx) => (ctx.config.critiqueRounds > 0 ? null : 'The critique loop is turned off (0 rounds).'),
  },
  // The diff compares the generated code with the final code (after revision and critique).
  { name: 'diff', needs: ['generation'] },
];

export interface RunRequest {
  task: Task;
  config?: Partial<RunConfig>;
  engine?: LlmEngine | null;
  providedCode?: string;
  providedLanguage?: ProvidedLanguage;
}

export interface RunOptions {
  runId?: string;
  signal?: AbortSignal;
  now?: () => number;
  onUpdate?: (trace: RunTrace) => void;
  onToken?: (token: TokenEvent) => void;
}

let runCounter = 0;
export function newRunId(): string {
  runCounter += 1;
  return `run-${Date.now().toString(36)}-${runCounter}`;
}

/** Runs the stages in order; throws BAD_INPUT, before any stage, for an empty task or empty pasted code. */
export async function runPipeline(
  request: RunRequest,
  stages: PipelineStages,
  options: RunOptions = {},
): Promise<RunTrace> {
  assertTaskInput(request);
  const now = options.now ?? (() => performance.now());
  const signal = options.signal ?? new AbortController().signal;
  const engine = request.engine ?? null;
  const ctx: StageContext = {
    task: request.task,
    config: { ...DEFAULT_RUN_CONFIG, ...request.config },
    engine,
    signal,
    providedCode: request.providedCode,
    providedLanguage: request.providedCode === undefined ? undefined : request.providedLanguage,
    onToken: options.onToken,
  };
  const trace: RunTrace = {
    schema: TRACE_SCHEMA,
    version: TRACE_VERSION,
    runId: options.runId ?? newRunId(),
    createdAt: new Date().toISOString(),
    task: request.task,
    config: ctx.config,
    engine: engine ? { kind: engine.kind, label: engine.label, model: engine.model() } : null,
    stages: [],
    status: 'ok',
    totalMs: 0,
  };
  if (request.providedCode !== undefined) trace.providedCode = request.providedCode;
  if (ctx.providedLanguage !== undefined) trace.providedLanguage = ctx.providedLanguage;
  const started = now();
  const done: Done = {};

  for (const spec of PIPELINE) {
    if (signal.aborted) break;
    const missing = spec.needs.find((need) => done[need] === undefined);
    const skip = missing ? `Needs the ${missing} stage, which did not complete.` : (spec.skipWhen?.(ctx) ?? null);
    if (skip) {
      trace.stages.push({ stage: spec.name, status: 'skipped', ms: 0, reason: skip } as StageEntry);
      continue;
    }
    const t0 = now();
    try {
      throwIfAborted(signal);
      const output = await (stages[spec.name] as StageFn<typeof spec.name>)(done, ctx);
      throwIfAborted(signal);
      (done as Record<StageName, unknown>)[spec.name] = output;
      trace.stages.push({ stage: spec.name, status: 'ok', ms: round(now() - t0), output } as StageEntry);
    } catch (error) {
      if (isAbortError(error) || signal.aborted) {
        trace.stages.push({
          stage: spec.name,
          status: 'error',
          ms: round(now() - t0),
          error: new PlaygroundError('ABORTED').toRecord(),
        } as StageEntry);
        break;
      }
      trace.stages.push({
        stage: spec.name,
        status: 'error',
        ms: round(now() - t0),
        error: toErrorRecord(error),
      } as StageEntry);
      trace.status = 'error';
    }
    trace.totalMs = round(now() - started);
    options.onUpdate?.(structuredCloneTrace(trace));
  }
  if (signal.aborted) trace.status = 'aborted';
  trace.totalMs = round(now() - started);
  return trace;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function structuredCloneTrace(trace: RunTrace): RunTrace {
  return { ...trace, stages: [...trace.stages] };
}
