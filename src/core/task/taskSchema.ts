// Zod schema of a Task as it appears inside an imported trace (strict: unknown fields are refused).
import { z } from 'zod';
import { unsupportedLanguageMessage } from '../languages/registry';
import { LANGUAGES } from './Task';

/** An offered language; a stored value naming another (e.g. Kotlin, which has no grammar here) gets a message that says so. */
export const languageSchema = z.enum(LANGUAGES, {
  error: (issue) => unsupportedLanguageMessage(String(issue.input)),
});

export const taskSchema = z.strictObject({
  id: z.string(),
  title: z.string().optional(),
  language: languageSchema,
  kind: z.enum(['nl', 'completion']),
  prompt: z.string(),
  cwe: z.string().optional(),
  entry: z.string().optional(),
  tests: z.string().optional(),
  reference: z.string().optional(),
  securityTests: z.string().optional(),
  vulnerable: z.string().optional(),
});
