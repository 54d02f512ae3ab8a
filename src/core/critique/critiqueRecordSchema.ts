// Zod schema of the critique loop's record, for imported traces.
import { z } from 'zod';
import { findingSchema } from '../analysis/analysisRecordSchema';
import { diffRecordSchema } from '../diff/diffRecordSchema';
import { revisionMetricsSchema } from '../revision/revisionMetricsSchema';

export const critiqueRoundSchema = z.strictObject({
  round: z.number(),
  critique: z.string(),
  issues: z.array(z.string()),
  outcome: z.enum(['improved', 'unchanged', 'stopped']),
  before: z.string(),
  after: z.string(),
  findingsBefore: z.array(findingSchema),
  findingsAfter: z.array(findingSchema),
  diff: diffRecordSchema,
  metrics: revisionMetricsSchema,
  response: z.string().optional(),
});

export const critiqueRecordSchema = z.strictObject({
  status: z.enum(['done', 'skipped']),
  reason: z.string().optional(),
  maxRounds: z.number(),
  stoppedBecause: z.enum(['clean', 'max-rounds', 'not-run']),
  rounds: z.array(critiqueRoundSchema),
  before: z.string(),
  after: z.string(),
  findingsBefore: z.array(findingSchema),
  findingsAfter: z.array(findingSchema),
  metrics: revisionMetricsSchema,
});
