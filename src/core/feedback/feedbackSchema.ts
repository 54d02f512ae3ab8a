// Zod schemas of feedback entries and of the exported feedback file (versioned), so an import is
// validated in full before anything is stored.
import { z } from 'zod';
import { languageSchema } from '../task/taskSchema';

export const FEEDBACK_FILE_SCHEMA = 'secure-codegen-playground/feedback';
export const FEEDBACK_FILE_VERSION = 1;

const short = z.string().max(2000);

export const feedbackTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('finding'),
    rule: short.min(1),
    cwe: short.min(1),
    language: languageSchema,
    line: z.number().int().min(0),
    pattern: short,
  }),
  z.strictObject({ kind: z.literal('revision'), language: languageSchema, cwes: z.array(short).max(50) }),
]);

export const feedbackEntrySchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    createdAt: z.string().max(40),
    updatedAt: z.string().max(40).optional(),
    runId: z.string().max(200),
    taskId: z.string().max(200),
    target: feedbackTargetSchema,
    verdict: z.enum(['confirm', 'false-positive', 'note', 'accept', 'reject']),
    note: z.string().max(4000),
    outcomes: z.strictObject({ good: z.number().int().min(0), bad: z.number().int().min(0) }),
  })
  .refine(
    (e) =>
      (e.target.kind === 'finding' ? ['confirm', 'false-positive', 'note'] : ['accept', 'reject', 'note']).includes(
        e.verdict,
      ),
    { message: 'verdict does not fit the target kind', path: ['verdict'] },
  );

export const feedbackFileSchema = z.strictObject({
  schema: z.literal(FEEDBACK_FILE_SCHEMA),
  version: z.literal(FEEDBACK_FILE_VERSION),
  exportedAt: z.string(),
  entries: z.array(feedbackEntrySchema).max(10000),
});
