// Zod schema of a revision's metrics (Fix / Intro / No-Change counts), for imported traces.
import { z } from 'zod';

export const revisionMetricsSchema = z.strictObject({
  findingsBefore: z.number(),
  findingsAfter: z.number(),
  fixed: z.number(),
  introduced: z.number(),
  unchanged: z.boolean(),
  fixRate: z.number().nullable(),
});
