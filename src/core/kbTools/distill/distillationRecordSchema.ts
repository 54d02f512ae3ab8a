// The inspectable record of a guideline distillation: every prompt and reply, per CWE and level,
// stored inside the user knowledge base so anyone can see where each guideline came from.
import { z } from 'zod';

export const distillSummarySchema = z.object({
  cause: z.string(),
  guidelines: z.array(z.string()),
});

export const distillCallSchema = z.object({
  cwe: z.string(),
  /** 0: summaries of pairs; 1 and up: summaries of the level below. */
  level: z.number().int().min(0),
  batch: z.number().int().min(0),
  /** Pair origins (level 0) or batch numbers of the level below. */
  inputs: z.array(z.string()),
  prompt: z.string(),
  reply: z.string(),
  parsed: distillSummarySchema.nullable(),
  /** Why the reply gave no summary, when it did not. */
  error: z.string().optional(),
  ms: z.number(),
});

export const distillationRecordSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('skipped'), reason: z.string() }),
  z.object({
    status: z.literal('done'),
    engine: z.string(),
    model: z.string(),
    batchSize: z.number().int().positive(),
    calls: z.array(distillCallSchema),
    ms: z.number(),
  }),
]);

export type DistillSummary = z.infer<typeof distillSummarySchema>;
export type DistillCall = z.infer<typeof distillCallSchema>;
export type DistillationRecord = z.infer<typeof distillationRecordSchema>;
