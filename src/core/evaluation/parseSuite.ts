// Suite files: JSON Lines of tasks {"id","prompt","language","cwe"?,"tests"?,"entry"?,"kind"?,...}.
// Invalid lines are reported with their line number and skipped; the rest of the suite still runs.
import { z } from 'zod';
import { LANGUAGES, type Task } from '../task/Task';
import { inferTaskKind } from '../facets/inferTaskKind';

const suiteLine = z.object({
  id: z.string().min(1),
  prompt: z.string().min(1),
  language: z.enum(LANGUAGES),
  cwe: z.string().regex(/^CWE-\d+$/, 'a CWE id such as CWE-78').optional(),
  kind: z.enum(['nl', 'completion']).optional(),
  title: z.string().optional(),
  entry: z.string().optional(),
  tests: z.string().optional(),
  reference: z.string().optional(),
});

export interface SuiteProblem {
  line: number;
  id: string | null;
  message: string;
}

export function parseSuite(text: string): { tasks: Task[]; problems: SuiteProblem[] } {
  const tasks: Task[] = [];
  const problems: SuiteProblem[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, id: null, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    const parsed = suiteLine.safeParse(json);
    if (!parsed.success) {
      const id = typeof json === 'object' && json !== null && 'id' in json && typeof json.id === 'string' ? json.id : null;
      problems.push({ line, id, message: z.prettifyError(parsed.error).replace(/\n+/g, '; ') });
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({ line, id: parsed.data.id, message: 'duplicate id; the first task with it is kept' });
      return;
    }
    seen.add(parsed.data.id);
    const { kind, ...rest } = parsed.data;
    tasks.push({ ...dropUndefined(rest), kind: kind ?? inferTaskKind(rest.prompt) });
  });
  return { tasks, problems };
}

/** One JSON line per task, the inverse of parseSuite (used by `suite export`). */
export function suiteLines(tasks: readonly Task[]): string {
  return tasks.map((t) => JSON.stringify(dropUndefined({
    id: t.id, title: t.title, language: t.language, kind: t.kind, cwe: t.cwe, prompt: t.prompt,
    entry: t.entry, tests: t.tests, reference: t.reference,
  }))).join('\n') + (tasks.length ? '\n' : '');
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
