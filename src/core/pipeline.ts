// The pipeline: the ordered list of stages and runPipeline(). Start reading the code here.
//
// task -> facets -> retrieval -> prompt -> generation -> analysis -> revision -> critique -> diff
//
// Each stage (stages/*Stage.ts) is a function from the records of the stages it declares to its own
// typed, serialisable record. The runner times each one, records its output or error, skips stages
// whose needed inputs are missing, honours the AbortSignal, and reports the growing trace after
// every stage so the UI can render it live. Adding a stage: one file in stages/ and one line below.
import type { TokenEvent } from './generation/LlmEngine';
import type { LlmEngine } from './generation/LlmEngine';
import type { Task } from './task/Task';
import type { PipelinePorts } from './PipelinePorts';
import { DEFAULT_RUN_CONFIG, TRACE_SCHEMA, TRACE_VERSION, type RunConfig, type RunTrace } from './trace';
import { PlaygroundError, isAbortError, throwIfAborted, toErrorRecord } from './errors';
import { assertTaskInput } from './task/checkTaskInput';
import { newRunId } from './newRunId';
import type { StageContext } from './stages/defineStage';
import { facetsStage } from './stages/facetsStage';
import { retrievalStage } from './stages/retrievalStage';
import { promptStage } from './stages/promptStage';
import { generationStage } from './stages/generationStage';
import { analysisStage } from './stages/analysisStage';
import { revisionStage } from './stages/revisionStage';
import { critiqueStage } from './stages/critiqueStage';
import { diffStage } from './stages/diffStage';
import { inCodeLanguage } from './stages/inCodeLanguage';
import type { ProvidedLanguage } from './task/CodeLanguage';

export type { StageContext } from './stages/defineStage';

/** The pipeline, in order: a stage comes after every stage it needs or uses (pipeline.test.ts checks). */
export const PIPELINE = [
  facetsStage,
  retrievalStage,
  promptStage,
  generationStage,
  analysisStage,
  revisionStage,
  critiqueStage,
  diffStage,
] as const;

export const STAGE_NAMES = PIPELINE.map((stage) => stage.name);

/** The ports the stages run against, bound by createStages (which applies team feedback). */
export interface PipelineStages {
  ports: PipelinePorts;
}

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

/** Runs the stages in order; throws BAD_INPUT, before any stage, for an empty task or empty pasted code. */
export async function runPipeline(
  request: RunRequest,
  { ports }: PipelineStages,
  options: RunOptions = {},
): Promise<RunTrace> {
  assertTaskInput(request);
  const now = options.now ?? (() => performance.now());
  const signal = options.signal ?? new AbortController().signal;
  const engine = request.engine ?? null;
  let ctx: StageContext = {
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
  const done = new Map<string, unknown>();

  for (const stage of PIPELINE) {
    if (signal.aborted) break;
    const missing = stage.missing(done);
    const skip = missing ? `Needs the ${missing} stage, which did not complete.` : stage.skipWhen(ctx);
    if (skip) {
      trace.stages.push({ stage: stage.name, status: 'skipped', ms: 0, reason: skip });
      continue;
    }
    const t0 = now();
    try {
      throwIfAborted(signal);
      const entry = await stage.execute(done, ctx, ports, () => round(now() - t0));
      throwIfAborted(signal);
      done.set(entry.stage, entry.output);
      if (entry.stage === 'facets') ctx = inCodeLanguage(ctx, entry.output);
      trace.stages.push(entry);
    } catch (error) {
      const aborted = isAbortError(error) || signal.aborted;
      const record = aborted ? new PlaygroundError('ABORTED').toRecord() : toErrorRecord(error);
      trace.stages.push({ stage: stage.name, status: 'error', ms: round(now() - t0), error: record });
      if (aborted) break;
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
