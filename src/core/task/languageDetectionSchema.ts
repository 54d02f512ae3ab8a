// Zod schemas of a language detection and of the language a check-my-own-code run read the code as.
import { z } from 'zod';
import { languageSchema } from './taskSchema';

export const languageDetectionSchema = z.strictObject({
  best: languageSchema.nullable(),
  candidates: z.array(
    z.strictObject({
      language: languageSchema,
      errors: z.number(),
      hints: z.array(z.string()),
      score: z.number(),
    }),
  ),
  sampledChars: z.number(),
});

/** What the user picked in "Check my own code": a language, or automatic detection. */
export const providedLanguageSchema = z.union([languageSchema, z.literal('auto')]);

export const codeLanguageSchema = z.strictObject({
  language: languageSchema,
  source: z.enum(['picked', 'detected', 'task']),
  detection: languageDetectionSchema.optional(),
});

export const languageCheckSchema = z.strictObject({
  asked: languageSchema,
  likely: languageSchema.nullable(),
  detection: languageDetectionSchema,
});
