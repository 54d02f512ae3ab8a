// One pipeline stage, defined once: its name, the stages it reads, when it is skipped, and run().
// The types of `needs` and `uses` flow into run()'s inputs, so a stage can read only what it declares.
import type { Task } from '../task/Task';
import type { ProvidedLanguage } from '../task/CodeLanguage';
import type { LlmEngine, TokenEvent } from '../generation/LlmEngine';
import type { RunConfig } from '../trace';
import type { PipelinePorts } from '../PipelinePorts';
import { PlaygroundError } from '../errors';

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

/** A stage's entry in the trace when it succeeded (the shape of StageEntry's 'ok' case). */
export interface OkEntry<N extends string, O> {
  stage: N;
  status: 'ok';
  ms: number;
  output: O;
}

/** Outputs of the stages that completed so far, by stage name. */
export type DoneOutputs = ReadonlyMap<string, unknown>;

export interface Stage<N extends string = string, O = unknown> {
  readonly name: N;
  /** Stages whose outputs this one cannot run without: it is skipped when one did not complete. */
  readonly needs: readonly string[];
  /** Stages whose outputs this one reads when they completed (they may be skipped or fail). */
  readonly uses: readonly string[];
  /** Returns a reason to skip, or null to run. */
  skipWhen(ctx: StageContext): string | null;
  /** The first needed stage without an output, or null when all are there. */
  missing(done: DoneOutputs): string | null;
  /** Runs the stage on the outputs it declared (call only when missing() is null): its trace entry. */
  execute(done: DoneOutputs, ctx: StageContext, ports: PipelinePorts, elapsedMs: () => number): Promise<OkEntry<N, O>>;
}

/** Any stage: its record type only appears in outputs, so every stage is assignable to this. */
type AnyStage = Stage<string, unknown>;

/** The output record type of a stage definition. */
export type OutputOf<D> = D extends Stage<string, infer O> ? O : never;

/** Stage outputs by name for a list of stages, e.g. { generation: GenerationRecord }. */
export type OutputsOf<L extends readonly AnyStage[]> = { [D in L[number] as D['name']]: OutputOf<D> };

export interface StageSpec<N extends string, O, Needs extends readonly AnyStage[], Uses extends readonly AnyStage[]> {
  name: N;
  needs: Needs;
  uses?: Uses;
  skipWhen?: (ctx: StageContext) => string | null;
  run(inputs: OutputsOf<Needs> & Partial<OutputsOf<Uses>>, ctx: StageContext, ports: PipelinePorts): Promise<O>;
}

export function defineStage<
  const N extends string,
  O,
  const Needs extends readonly AnyStage[],
  const Uses extends readonly AnyStage[] = [],
>(spec: StageSpec<N, O, Needs, Uses>): Stage<N, O> {
  const needs = spec.needs.map((stage) => stage.name);
  const uses = (spec.uses ?? []).map((stage) => stage.name);
  const missing = (done: DoneOutputs) => needs.find((name) => !done.has(name)) ?? null;
  return {
    name: spec.name,
    needs,
    uses,
    skipWhen: (ctx) => spec.skipWhen?.(ctx) ?? null,
    missing,
    async execute(done, ctx, ports, elapsedMs) {
      const absent = missing(done);
      if (absent) throw new PlaygroundError('STAGE_FAILED', { detail: `missing ${absent} output` });
      const inputs: Record<string, unknown> = {};
      for (const name of [...needs, ...uses]) if (done.has(name)) inputs[name] = done.get(name);
      // The one cast of the pipeline: every name in `needs` is present (checked above) and each
      // value is the output of the stage of that name, which is what OutputsOf<Needs> describes.
      const output = await spec.run(inputs as OutputsOf<Needs> & Partial<OutputsOf<Uses>>, ctx, ports);
      return { stage: spec.name, status: 'ok', ms: elapsedMs(), output };
    },
  };
}
