// Reads a suite file (JSON Lines of tasks, docs/cli.md "eval") into tasks, keeping every bad line's
// number and reason so the page can say what was skipped instead of refusing the whole file.
import { z } from 'zod';
import type { Task } from '../task/Task';
import { languageSchema } from '../task/taskSchema';

const suiteLineSchema = z.object({
  id: z.string().min(1),
  prompt: z.string().min(1),
  language: languageSchema,
  cwe: z
    .string()
    .regex(/^CWE-\d+$/)
    .optional(),
  tests: z.string().optional(),
  entry: z.string().optional(),
  kind: z.enum(['nl', 'completion']).optional(),
  title: z.string().optional(),
  reference: z.string().optional(),
  securityTests: z.string().optional(),
  vulnerable: z.string().optional(),
});

export interface SuiteLineError {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export interface ParsedSuite {
  tasks: Task[];
  errors: SuiteLineError[];
}

export function parseSuiteJsonl(text: string): ParsedSuite {
  const tasks: Task[] = [];
  const errors: SuiteLineError[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push({ line, message: 'not valid JSON' });
      return;
    }
    const parsed = suiteLineSchema.safeParse(value);
    if (!parsed.success) {
      errors.push({
        line,
        message: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '),
      });
      return;
    }
    if (seen.has(parsed.data.id)) {
      errors.push({ line, message: `duplicate id ${parsed.data.id}` });
      return;
    }
    seen.add(parsed.data.id);
    const { kind, ...rest } = parsed.data;
    tasks.push({ ...rest, kind: kind ?? 'nl' });
  });
  return { tasks, errors };
}
