// The compact knowledge artefact shipped in public/kb/knowledge.json, as a zod schema so a
// browser worker or the CLI can load it without trusting casts.
import { z } from 'zod';
import { LANGUAGES } from '../task/Task';
import { advisorySchema, operationSchema, taskSchema } from './kbSourceSchema';
import { KB_FORMAT, KB_FORMAT_VERSION } from './kbFormat';
import { cweHierarchySchema } from '../cwe/cweHierarchySchema';

export { KB_FORMAT, KB_FORMAT_VERSION };

const language = z.enum(LANGUAGES);

const codeViewSchema = z.object({
  code: z.string(),
  sliced: z.boolean(),
  keptLines: z.array(z.number()).optional(),
  slice: z.string().optional(),
});

export const artefactExampleSchema = z.object({
  id: z.string(),
  cwe: z.string(),
  language,
  task: z.string(),
  description: z.string(),
  vulnerable: codeViewSchema,
  fixed: codeViewSchema,
  /** Call and module names found in the vulnerable code, for API-overlap ranking. */
  apis: z.array(z.string()),
  analyzerNote: z.string().optional(),
});

export const artefactGuidelineSchema = z.object({
  id: z.string(),
  cwe: z.string(),
  text: z.string(),
  languages: z.array(language),
  apis: z.array(z.string()),
});

export const artefactCweSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  cause: z.string(),
  languages: z.array(language),
  operations: z.array(z.string()),
  related: z.array(z.string()),
  markers: z.partialRecord(language, z.array(z.string())),
  guidelines: z.array(artefactGuidelineSchema),
  examples: z.array(artefactExampleSchema),
});

export const embedderModelSchema = z.object({
  method: z.literal('tfidf-lsa'),
  dims: z.number().int().positive(),
  vocab: z.array(z.string()),
  idf: z.array(z.number()),
  /** Int8 term-to-concept matrix, row-major (vocab x dims), base64. */
  projection: z.string(),
  /** Per-term scale that turns an int8 row back into floats. */
  scales: z.array(z.number()),
});

/**
 * What the build computes so loading does not: item vectors (int16), BM25 term lists and the API
 * facet's KB-wide counts. Checked by length and shape on load (not item by item); a mismatch makes
 * the loader compute them itself, so an artefact without them still works (only slower).
 */
export const precomputedSchema = z.object({
  vectors: z.object({ count: z.number().int(), data: z.string(), scales: z.array(z.number()) }),
  terms: z.object({ dictionary: z.array(z.string()), lists: z.number().int(), data: z.string() }),
  markerCwes: z.array(z.tuple([z.string(), z.number()])),
  proseWords: z.array(z.string()),
  /** API-facet evidence needle -> number of CWEs whose examples contain it (optional: older artefacts lack it). */
  evidenceCwes: z.array(z.tuple([z.string(), z.number()])).optional(),
});

export const knowledgeArtefactSchema = z.object({
  format: z.literal(KB_FORMAT),
  formatVersion: z.literal(KB_FORMAT_VERSION),
  /** Short content hash of everything else in the artefact; traces cite it. */
  version: z.string(),
  operations: z.array(operationSchema),
  cwes: z.array(artefactCweSchema),
  tasks: z.array(taskSchema),
  advisories: z.array(advisorySchema),
  embedder: embedderModelSchema,
  /** kb/cwe-hierarchy.json as built: MITRE parents and children that retrieval and the explorer relate CWEs by. */
  cweHierarchy: cweHierarchySchema,
  precomputed: precomputedSchema.optional(),
});

export type KnowledgeArtefact = z.infer<typeof knowledgeArtefactSchema>;
export type ArtefactCwe = z.infer<typeof artefactCweSchema>;
export type ArtefactGuideline = z.infer<typeof artefactGuidelineSchema>;
export type ArtefactExample = z.infer<typeof artefactExampleSchema>;
export type Precomputed = z.infer<typeof precomputedSchema>;
export type EmbedderModel = z.infer<typeof embedderModelSchema>;
export type CodeViewData = z.infer<typeof codeViewSchema>;
