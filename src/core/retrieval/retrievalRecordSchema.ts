// Zod schema of the retrieval tree (CWEs -> guidelines -> examples), for validating imported traces.
import { z } from 'zod';

const facetScoreSchema = z.strictObject({
  facet: z.string(),
  score: z.number(),
  rank: z.number().nullable(),
  threshold: z.number(),
  passed: z.boolean(),
  contribution: z.number(),
  evidence: z.array(z.string()).optional(),
});

/** The fields every scored node shares; spread into each node kind's strict object. */
const scored = {
  id: z.string(),
  rank: z.number(),
  fused: z.number(),
  chosen: z.boolean(),
  facets: z.array(facetScoreSchema),
  why: z.string(),
  source: z.enum(['builtin', 'user', 'feedback']),
};

const codeViewSchema = z.strictObject({
  code: z.string(),
  keptLines: z.array(z.number()).optional(),
  sliced: z.boolean(),
  slice: z.string().optional(),
});

const exampleNodeSchema = z.strictObject({
  ...scored,
  cwe: z.string(),
  language: z.string(),
  task: z.string(),
  description: z.string(),
  vulnerable: codeViewSchema,
  fixed: codeViewSchema,
});

const relationSchema = z.enum(['parent', 'child', 'sibling']);

const guidelineNodeSchema = z.strictObject({
  ...scored,
  cwe: z.string(),
  text: z.string(),
  relation: relationSchema.optional(),
});

const cweNodeSchema = z.strictObject({
  ...scored,
  name: z.string(),
  /** Optional: traces written before the CWE hierarchy have none. */
  related: z.array(z.strictObject({ id: z.string(), relation: relationSchema })).optional(),
  guidelines: z.array(guidelineNodeSchema),
  examples: z.array(exampleNodeSchema),
});

export const retrievalRecordSchema = z.strictObject({
  outcome: z.enum(['knowledge', 'none']),
  settings: z.strictObject({
    k: z.number(),
    alpha: z.number(),
    rankCap: z.number(),
    thresholds: z.record(z.string(), z.number()),
  }),
  cwes: z.array(cweNodeSchema),
  chosen: z.array(z.string()),
  kbVersion: z.string(),
  note: z.string().optional(),
});
