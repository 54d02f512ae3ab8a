// Zod schema of the diff stage's record, for validating imported traces.
import { z } from 'zod';
import { findingSchema } from '../analysis/analysisRecordSchema';
import { revisionMetricsSchema } from '../revision/revisionMetricsSchema';

export const diffRecordSchema = z.strictObject({
  before: z.string(),
  after: z.string(),
  changed: z.boolean(),
  added: z.number(),
  removed: z.number(),
  patch: z.string(),
  hunks: z.array(
    z.strictObject({
      oldStart: z.number(),
      oldLines: z.number(),
      newStart: z.number(),
      newLines: z.number(),
      lines: z.array(z.string()),
    }),
  ),
  // Optional: traces exported before the diff record carried the final findings still import.
  final: z.strictObject({ findings: z.array(findingSchema), metrics: revisionMetricsSchema.nullable() }).optional(),
});
