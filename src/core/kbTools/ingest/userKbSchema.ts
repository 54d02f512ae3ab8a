// A user knowledge base: CWEs with sliced example pairs (and distilled guidelines) built from
// fix data, in the built-in artefact's CWE format, wrapped with its name and provenance.
import { z } from 'zod';
import { artefactCweSchema } from '../../kb/knowledgeArtefactSchema';
import { distillationRecordSchema } from '../distill/distillationRecordSchema';

export const USER_KB_FORMAT = 'secure-codegen-playground/user-kb';
export const USER_KB_FORMAT_VERSION = 1;
/** Ids of user items start with this, so they never collide with built-in ids. */
export const USER_ID_PREFIX = 'user:';

export const ingestReportSchema = z.object({
  pairs: z.number().int(),
  sliced: z.number().int(),
  unsliced: z.number().int(),
  /** Why pairs stayed unsliced (reason -> count). */
  unslicedReasons: z.record(z.string(), z.number().int()),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
});

export const userKbSchema = z.object({
  format: z.literal(USER_KB_FORMAT),
  formatVersion: z.literal(USER_KB_FORMAT_VERSION),
  kind: z.literal('user'),
  name: z.string().trim().min(1),
  /** Short content hash of the CWEs and the distillation. */
  version: z.string(),
  cwes: z
    .array(artefactCweSchema)
    .refine(
      (cwes) =>
        cwes.every(
          (c) =>
            c.guidelines.every((g) => g.id.startsWith(USER_ID_PREFIX)) &&
            c.examples.every((e) => e.id.startsWith(USER_ID_PREFIX)),
        ),
      `every guideline and example id must start with "${USER_ID_PREFIX}"`,
    ),
  report: ingestReportSchema,
  distillation: distillationRecordSchema,
});

export type UserKb = z.infer<typeof userKbSchema>;
export type IngestReport = z.infer<typeof ingestReportSchema>;
