// The trace of one run: the product. The UI renders it, the CLI prints it, tests assert on it.
import type { Task } from './task/Task';
import type { OutputsOf } from './stages/defineStage';
import type { PIPELINE } from './pipeline';
import type { ErrorRecord } from './errors';
import type { ProvidedLanguage } from './task/CodeLanguage';

export const TRACE_SCHEMA = 'secure-codegen-playground/trace';
export const TRACE_VERSION = 1;

/** Output type of each stage, by stage name, derived from the stage definitions in PIPELINE. */
export type StageOutputs = OutputsOf<typeof PIPELINE>;

export type StageName = keyof StageOutputs;

export type StageEntry<S extends StageName = StageName> = S extends StageName
  ? | { stage: S; status: 'ok'; ms: number; output: StageOutputs[S] }
    | { stage: S; status: 'error'; ms: number; error: ErrorRecord }
    | { stage: S; status: 'skipped'; ms: 0; reason: string }
  : never;

export interface RunConfig {
  /** Inject retrieved knowledge into the prompt (false: baseline run). */
  useKnowledge: boolean;
  /** Revise the generated code with advisories retrieved from it. */
  revise: boolean;
  /** Prompt token budget. */
  tokenBudget: number;
  /** Number of CWEs kept at level 1. */
  topK: number;
  /** Secure examples put into the prompt. */
  examplesInPrompt: number;
  /** RESCUE's model-derived facets. */
  draftFacet: boolean;
  causeFacet: boolean;
  /** Critique-improve rounds after revision (0 turns the loop off; at most 5). */
  critiqueRounds: number;
}

export const DEFAULT_RUN_CONFIG: RunConfig = {
  useKnowledge: true,
  revise: true,
  tokenBudget: 3072,
  topK: 4,
  examplesInPrompt: 1,
  draftFacet: false,
  causeFacet: false,
  critiqueRounds: 2,
};

export interface RunTrace {
  schema: typeof TRACE_SCHEMA;
  version: typeof TRACE_VERSION;
  runId: string;
  createdAt: string;
  task: Task;
  config: RunConfig;
  engine: { kind: string; label: string; model: string | null } | null;
  /** Code pasted by the user to check instead of generating. */
  providedCode?: string;
  /** The language the user picked for the pasted code ('auto': detected); absent outside check-my-own-code. */
  providedLanguage?: ProvidedLanguage;
  stages: StageEntry[];
  status: 'ok' | 'error' | 'aborted';
  totalMs: number;
}

/** The output of a stage in a trace, when that stage succeeded. */
export function stageOutput<S extends StageName>(
  trace: Pick<RunTrace, 'stages'>,
  stage: S,
): StageOutputs[S] | undefined {
  for (const entry of trace.stages) {
    if (entry.stage === stage && entry.status === 'ok') return entry.output as StageOutputs[S];
  }
  return undefined;
}

export function stageEntry(trace: Pick<RunTrace, 'stages'>, stage: StageName): StageEntry | undefined {
  return trace.stages.find((entry) => entry.stage === stage);
}
