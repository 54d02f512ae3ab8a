// Zod schemas of the engine's wire-level records (messages, tokens, usage) and the generation
// stage's record, for validating imported traces.
import { z } from 'zod';

export const tokenEventSchema = z.strictObject({
  text: z.string(),
  logprob: z.number().optional(),
  top: z.array(z.strictObject({ token: z.string(), logprob: z.number() })).optional(),
  at: z.number().min(0).optional(),
});

export const usageSchema = z.strictObject({
  promptTokens: z.number(),
  completionTokens: z.number(),
  decodeTokensPerSecond: z.number().optional(),
  timeToFirstTokenMs: z.number().optional(),
});

export const finishReasonSchema = z.enum(['stop', 'length', 'abort']);

export const generationRecordSchema = z.strictObject({
  source: z.enum(['model', 'provided']),
  engine: z.string(),
  model: z.string().nullable(),
  text: z.string(),
  code: z.string(),
  tokens: z.array(tokenEventSchema),
  finishReason: z.union([finishReasonSchema, z.literal('provided')]),
  usage: usageSchema.nullable(),
  prompt: z.enum(['knowledge', 'baseline']),
});
