// The shape of one hold-out task, the same as the dev task files: {id, source, language, cwe, prompt, kind}.
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../src/core/task/Task';

/** A CWE label written the way the benchmark files write it ("CWE-79"), never "cwe79" or "79". */
export const cweLabelSchema = z.string().regex(/^CWE-[1-9]\d*$/, 'a CWE label looks like "CWE-79"');

const languageSchema = z.custom<Language>(
  (value) => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value),
  { message: `language must be one of: ${LANGUAGES.join(', ')}` },
);

/** One task as written in holdout/tasks/<language>.yaml (the file names the language). */
export const writtenTaskSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a task id is lower-case words joined by "-"'),
  kind: z.enum(['nl', 'completion']),
  // Two labels only when two weaknesses fit the task equally well.
  cwe: z.union([cweLabelSchema, z.array(cweLabelSchema).min(2).max(3)]),
  prompt: z.string().trim().min(20),
});

export const writtenFileSchema = z.strictObject({
  language: languageSchema,
  tasks: z.array(writtenTaskSchema).min(1),
});

/** One line of holdout/tasks.jsonl. */
export const holdoutTaskSchema = z.strictObject({
  id: z.string().regex(/^holdout\/[a-z]+\/[a-z0-9-]+$/),
  source: z.literal('holdout'),
  language: languageSchema,
  cwe: z.union([cweLabelSchema, z.array(cweLabelSchema).min(2)]),
  prompt: z.string().min(20),
  kind: z.enum(['nl', 'completion']),
});

export type WrittenFile = z.infer<typeof writtenFileSchema>;
export type HoldoutTask = z.infer<typeof holdoutTaskSchema>;
