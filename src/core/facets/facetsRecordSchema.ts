// Zod schema of the facets stage's record, for validating imported traces.
import { z } from 'zod';
import { languageSchema } from '../task/taskSchema';
import { codeLanguageSchema } from '../task/languageDetectionSchema';

const modelFacetSchema = z.strictObject({
  enabled: z.boolean(),
  note: z.string().optional(),
  text: z.string().optional(),
  apis: z.array(z.string()).optional(),
});

export const facetsRecordSchema = z.strictObject({
  language: languageSchema,
  text: z.string(),
  textFromCode: z.boolean().optional(),
  intentNames: z.array(z.string()).optional(),
  cutCalls: z.array(z.string()).optional(),
  nearCutOperations: z.array(z.string()).optional(),
  cutRegion: z.strictObject({ keptLines: z.number(), prefixLines: z.number() }).optional(),
  apis: z.array(z.string()),
  identifiers: z.array(z.string()),
  operations: z.array(z.strictObject({ id: z.string(), label: z.string(), via: z.array(z.string()) })),
  markers: z.array(z.strictObject({ cwe: z.string(), markers: z.array(z.string()) })),
  importedOnly: z.array(z.string()).optional(),
  apiSource: z.enum(['tree-sitter', 'pattern']),
  draft: modelFacetSchema,
  causeAnalysis: modelFacetSchema,
  codeLanguage: codeLanguageSchema.optional(),
});
