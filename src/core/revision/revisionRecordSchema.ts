// Zod schema of the revision stage's record (advisories, before/after code and findings), for imported traces.
import { z } from 'zod';
import { findingSchema } from '../analysis/analysisRecordSchema';
import { revisionMetricsSchema } from './revisionMetricsSchema';

export const advisoryHitSchema = z.strictObject({
  id: z.string(),
  cwe: z.string(),
  language: z.string(),
  title: z.string(),
  score: z.number(),
  bm25: z.number().optional(),
  findingBoost: z.number().optional(),
  matched: z.array(z.string()),
});

export const revisionRecordSchema = z.strictObject({
  status: z.enum(['revised', 'unchanged', 'skipped']),
  reason: z.string().optional(),
  advisories: z.array(advisoryHitSchema),
  before: z.string(),
  after: z.string(),
  findingsBefore: z.array(findingSchema),
  findingsAfter: z.array(findingSchema),
  response: z.string().optional(),
  metrics: revisionMetricsSchema.optional(),
});
