// The versioned schema of a RunTrace (zod, strict objects): what export writes and import accepts.
// A compile-time check below keeps it equal to the types in trace.ts, so a drift fails `tsc`.
import { z } from 'zod';
import { ERROR_CATALOGUE, type ErrorCode } from './errors';
import { TRACE_SCHEMA, TRACE_VERSION, type RunTrace, type StageName, type StageOutputs } from './trace';
import { taskSchema } from './task/taskSchema';
import { facetsRecordSchema } from './facets/facetsRecordSchema';
import { retrievalRecordSchema } from './retrieval/retrievalRecordSchema';
import { promptRecordSchema } from './prompt/promptRecordSchema';
import { generationRecordSchema } from './generation/generationRecordSchema';
import { analysisRecordSchema } from './analysis/analysisRecordSchema';
import { providedLanguageSchema } from './task/languageDetectionSchema';
import { revisionRecordSchema } from './revision/revisionRecordSchema';
import { diffRecordSchema } from './diff/diffRecordSchema';
import { critiqueRecordSchema } from './revision/critiqueRecordSchema';

export const errorRecordSchema = z.strictObject({
  code: z.custom<ErrorCode>((value) => typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value), {
    message: 'Unknown error code',
  }),
  message: z.string(),
  hint: z.string().optional(),
  detail: z.string().optional(),
});

/** One stage's three possible records: its output, its error, or why it was skipped. */
function stageEntrySchema<S extends StageName, O extends z.ZodType<StageOutputs[S]>>(stage: S, output: O) {
  const name = z.literal(stage);
  return z.discriminatedUnion('status', [
    z.strictObject({ stage: name, status: z.literal('ok'), ms: z.number(), output }),
    z.strictObject({ stage: name, status: z.literal('error'), ms: z.number(), error: errorRecordSchema }),
    z.strictObject({ stage: name, status: z.literal('skipped'), ms: z.literal(0), reason: z.string() }),
  ]);
}

/** Adding a stage to StageOutputs is one line here (plus its record's schema); tsc fails until it is added. */
export const stageEntrySchemaOf = z.discriminatedUnion('stage', [
  stageEntrySchema('facets', facetsRecordSchema),
  stageEntrySchema('retrieval', retrievalRecordSchema),
  stageEntrySchema('prompt', promptRecordSchema),
  stageEntrySchema('generation', generationRecordSchema),
  stageEntrySchema('analysis', analysisRecordSchema),
  stageEntrySchema('revision', revisionRecordSchema),
  stageEntrySchema('critique', critiqueRecordSchema),
  stageEntrySchema('diff', diffRecordSchema),
]);

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
