// The prebuilt Orama indexes kb build writes beside the artefact (public/kb/orama.json): each
// database's own save() output with the parts the artefact already holds taken out (documents,
// vectors), tied to the artefact version so a stale file is never loaded. This zod schema describes
// the file for the build and tests; the worker's load path checks the same fields by hand
// (readOramaIndexFile.ts) to keep zod out of its first download.
import { z } from 'zod';
import { ORAMA_FILE_FORMAT, ORAMA_FILE_NAME } from './oramaIndexFormat';

export { ORAMA_FILE_FORMAT, ORAMA_FILE_NAME };

/** One database's save() output: docs dropped, each vector index kept with its size and no vectors. */
export const savedIndexSchema = z.object({
  internalDocumentIDStore: z.object({ internalIdToId: z.array(z.string()) }),
  index: z.looseObject({
    searchableProperties: z.array(z.string()),
    searchablePropertiesWithTypes: z.record(z.string(), z.string()),
    vectorIndexes: z.record(z.string(), z.object({ size: z.number().int(), vectors: z.array(z.unknown()).length(0) })),
  }),
  sorting: z.unknown(),
  pinning: z.unknown(),
  language: z.literal('english'),
});

export const oramaIndexFileSchema = z.object({
  format: z.literal(ORAMA_FILE_FORMAT),
  /** The artefact version these databases were built from. */
  kbVersion: z.string(),
  indexes: z.object({
    cwes: savedIndexSchema,
    guidelines: savedIndexSchema,
    examples: savedIndexSchema,
    advisories: savedIndexSchema,
  }),
});

export type SavedIndex = z.infer<typeof savedIndexSchema>;
export type OramaIndexFile = z.infer<typeof oramaIndexFileSchema>;
