// Zod schemas of the human-edited knowledge-base sources (docs/kb-format.md): one per file kind.
import { z } from 'zod';
import { LANGUAGES } from '../task/Task';

const language = z.enum(LANGUAGES);
const text = z.string().trim().min(1);
const cweId = z.string().regex(/^CWE-\d+$/, 'expected an id like CWE-78');
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');
/** YAML turns some bare words into numbers or booleans; marker and API lists must stay strings. */
const name = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

export const operationSchema = z.object({
  id: kebab,
  label: text,
  keywords: z.array(name).default([]),
  /** Common words that point at the operation only in context: they count when a keyword or API also matched. */
  cues: z.array(name).optional(),
  /** Phrases inside which the keywords do not count: logging's "log" in "log in", SQL's "query" in "query string". */
  notIn: z.array(name).optional(),
  apis: z.array(name).default([]),
});
export const operationsFileSchema = z.array(operationSchema);
/** `kb/operation-apis/<language>.yaml`: one language's API names per operation id, added to that operation's `apis`. */
export const operationApisFileSchema = z.object({
  language,
  apis: z.record(kebab, z.array(name)),
});

export const guidelineSchema = z.object({
  id: text,
  text,
  languages: z.array(language).default([]),
  apis: z.array(name).default([]),
});

export const exampleSchema = z.object({
  id: text,
  language,
  task: text,
  description: text,
  vulnerable: text,
  fixed: text,
  analyzerNote: z.string().optional(),
});

export const cweSchema = z.object({
  id: cweId,
  name: text,
  description: text,
  cause: text,
  languages: z.array(language).min(1),
  operations: z.array(kebab).default([]),
  related: z.array(cweId).default([]),
  markers: z.partialRecord(language, z.array(name)).default({}),
  guidelines: z.array(guidelineSchema).min(1),
  examples: z.array(exampleSchema).default([]),
});

export const taskSchema = z.object({
  id: text,
  title: text,
  language,
  cwe: cweId.optional(),
  kind: z.enum(['nl', 'completion']),
  prompt: text,
  entry: z.string().optional(),
  tests: z.string().optional(),
  reference: z.string().optional(),
  securityTests: z.string().optional(),
  vulnerable: z.string().optional(),
});

export const advisorySchema = z.object({
  id: text,
  cwe: cweId,
  language,
  markers: z.array(name).default([]),
  title: text,
  question: text,
  code: text,
  answer: text,
  comments: z.array(name).default([]),
});

export type OperationSource = z.infer<typeof operationSchema>;
export type CweSource = z.infer<typeof cweSchema>;
export type GuidelineSource = z.infer<typeof guidelineSchema>;
export type ExampleSource = z.infer<typeof exampleSchema>;
export type TaskSource = z.infer<typeof taskSchema>;
export type AdvisorySource = z.infer<typeof advisorySchema>;
