// The versioned schema of a RunTrace (zod, strict objects): what export writes and import accepts.
// Compile-time checks below keep it equal to the types in trace.ts, so a drift fails `tsc`.
// Stage entries follow PIPELINE's order; each stage's record schema is listed in RECORD_SCHEMAS (kept
// out of the stage definitions so the page's first bundle does not load zod, see docs/pipeline.md).
import { z } from 'zod';
import { ERROR_CATALOGUE, type ErrorCode } from './errors';
import {
  TRACE_SCHEMA,
  TRACE_VERSION,
  type RunTrace,
  type StageEntry,
  type StageName,
  type StageOutputs,
} from './trace';
import { PIPELINE } from './pipeline';
import { taskSchema } from './task/taskSchema';
import { facetsRecordSchema } from './facets/facetsRecordSchema';
import { retrievalRecordSchema } from './retrieval/retrievalRecordSchema';
import { promptRecordSchema } from './prompt/promptRecordSchema';
import { generationRecordSchema } from './generation/generationRecordSchema';
import { analysisRecordSchema } from './analysis/analysisRecordSchema';
import { providedLanguageSchema } from './task/languageDetectionSchema';
import { revisionRecordSchema } from './revision/revisionRecordSchema';
import { diffRecordSchema } from './diff/diffRecordSchema';
import { critiqueRecordSchema } from './critique/critiqueRecordSchema';

export const errorRecordSchema = z.strictObject({
  code: z.custom<ErrorCode>((value) => typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value), {
    message: 'Unknown error code',
  }),
  message: z.string(),
  hint: z.string().optional(),
  detail: z.string().optional(),
});

/** The record schema of every stage; tsc fails until a new stage's line is added, or if it drifts. */
const RECORD_SCHEMAS = {
  facets: facetsRecordSchema,
  retrieval: retrievalRecordSchema,
  prompt: promptRecordSchema,
  generation: generationRecordSchema,
  analysis: analysisRecordSchema,
  revision: revisionRecordSchema,
  critique: critiqueRecordSchema,
  diff: diffRecordSchema,
} satisfies { [S in StageName]: z.ZodType<StageOutputs[S]> };

/** One stage's three possible records: its output, its error, or why it was skipped. */
function stageEntrySchema(stage: StageName) {
  const name = z.literal(stage);
  return z.discriminatedUnion('status', [
    z.strictObject({ stage: name, status: z.literal('ok'), ms: z.number(), output: RECORD_SCHEMAS[stage] }),
    z.strictObject({ stage: name, status: z.literal('error'), ms: z.number(), error: errorRecordSchema }),
    z.strictObject({ stage: name, status: z.literal('skipped'), ms: z.literal(0), reason: z.string() }),
  ]);
}

type EntrySchema = ReturnType<typeof stageEntrySchema>;
const [firstStage, ...laterStages] = PIPELINE;
const entrySchemas: [EntrySchema, ...EntrySchema[]] = [
  stageEntrySchema(firstStage.name),
  ...laterStages.map((stage) => stageEntrySchema(stage.name)),
];

// Typed as StageEntry: each record schema is checked against its stage's output type below, which
// the generic construction above cannot show by inference.
export const stageEntrySchemaOf = z.discriminatedUnion('stage', entrySchemas) as z.ZodType<StageEntry>;

export const runConfigSchema = z.strictObject({
  useKnowledge: z.boolean(),
  revise: z.boolean(),
  tokenBudget: z.number(),
  topK: z.number(),
  examplesInPrompt: z.number(),
  draftFacet: z.boolean(),
  causeFacet: z.boolean(),
  // Traces recorded before the critique stage existed have no rounds: read them as the default.
  critiqueRounds: z.number().int().min(0).max(5).default(2),
});

export const runTraceSchema = z.strictObject({
  schema: z.literal(TRACE_SCHEMA),
  version: z.literal(TRACE_VERSION),
  runId: z.string().min(1),
  createdAt: z.string(),
  task: taskSchema,
  config: runConfigSchema,
  engine: z.strictObject({ kind: z.string(), label: z.string(), model: z.string().nullable() }).nullable(),
  providedCode: z.string().optional(),
  providedLanguage: providedLanguageSchema.optional(),
  stages: z.array(stageEntrySchemaOf),
  status: z.enum(['ok', 'error', 'aborted']),
  totalMs: z.number(),
});

// Compile-time identity between the schema's inferred type and the hand-written RunTrace: a
// field added, dropped or retyped on either side (even an optional one) fails `tsc` here.
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type TraceSchemaMatchesRunTrace = Assert<Exact<z.infer<typeof runTraceSchema>, RunTrace>>;
// Each record schema's inferred type is identical to its stage's output type (not only assignable).
type Drifted = {
  [S in StageName]: Exact<z.infer<(typeof RECORD_SCHEMAS)[S]>, StageOutputs[S]> extends true ? never : S;
};
export type RecordSchemasMatchStages = Assert<Exact<Drifted[StageName], never>>;
