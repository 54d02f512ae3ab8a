// Zod schemas of a finding and the analysis stage's record, for validating imported traces.
import { z } from 'zod';
import { languageSchema } from '../task/taskSchema';
import { languageCheckSchema } from '../task/languageDetectionSchema';

/** A finding's fields; spread so a suppressed finding is the same strict object plus its reason. */
const findingFields = {
  rule: z.string(),
  cwe: z.string(),
  /** Optional: traces written before the CWE hierarchy have none. */
  related: z.array(z.string()).optional(),
  severity: z.enum(['error', 'warning', 'info', 'low']),
  message: z.string(),
  fix: z.string().optional(),
  line: z.number(),
  column: z.number(),
  endLine: z.number(),
  endColumn: z.number(),
  snippet: z.string().optional(),
  // Traces recorded before tiers existed have none: such a finding counts as tier 'finding' (countedFindings.ts).
  // Optional rather than defaulted so the schema's type stays identical to Finding (traceSchema.ts checks it).
  tier: z.enum(['finding', 'note']).optional(),
  source: z.literal('parameter').optional(),
};

export const findingSchema = z.strictObject(findingFields);

export const analysisRecordSchema = z.strictObject({
  language: languageSchema,
  analyzer: z.string(),
  parsed: z.boolean(),
  findings: z.array(findingSchema),
  suppressed: z.array(z.strictObject({ ...findingFields, suppressedBy: z.string() })),
  languageCheck: languageCheckSchema.optional(),
});
