// Zod schema of the diff stage's record, for validating imported traces.
import { z } from 'zod';

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
});
