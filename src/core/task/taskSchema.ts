// Zod schema of a Task as it appears inside an imported trace (strict: unknown fields are refused).
import { z } from 'zod';
import { LANGUAGES } from './Task';

export const languageSchema = z.enum(LANGUAGES);

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
});
