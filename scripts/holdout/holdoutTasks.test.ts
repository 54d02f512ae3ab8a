// The hold-out task corpora are well formed: every line of holdout/<set>.jsonl has the dev schema, a
// supported language, a known kind and well-formed CWE labels; ids are unique; the file is what the
// written YAML assembles to; and each set keeps the spread it was written for.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LANGUAGES } from '../../src/core/task/Task';
import {
  assembleTaskSet,
  HOLDOUT_TASK_SETS,
  readWrittenFiles,
  taskSetFile,
  waitingFiles,
  type HoldoutTaskSet,
} from './assembleHoldoutTasks';
import { cweLabelSchema, holdoutTaskSchema, writtenTaskSchema, type HoldoutTask } from './holdoutTaskSchema';

const labels = (t: HoldoutTask): string[] => (Array.isArray(t.cwe) ? t.cwe : [t.cwe]);

/** What each set was written to hold (holdout/README.md, "## Tasks"). */
interface Spread {
  minTasks: number;
  minPerLanguage: number;
  nlShare: [number, number];
  /** Languages offered only after the set was written (Ruby came back in session 10). */
  writtenWithout?: string[];
  /** Languages that together hold at least `share` of the tasks (a set weighted like the benchmarks). */
  heavy?: { languages: string[]; share: number };
}
const SPREAD: Record<HoldoutTaskSet, Spread> = {
  tasks: { minTasks: 150, minPerLanguage: 8, nlShare: [0.4, 0.6], writtenWithout: ['ruby'] },
  // The third round weights C, C++, Rust and PHP; JavaScript and TypeScript share about ten tasks.
  'tasks-r3': { minTasks: 110, minPerLanguage: 4, nlShare: [0.45, 0.7], writtenWithout: ['ruby'] },
  // The fourth round: about a third each docstring completions, bare code prefixes and requests in words.
  'tasks-r4': { minTasks: 110, minPerLanguage: 5, nlShare: [0.25, 0.45] },
  // The fifth round: benchmark shapes, about a quarter each: instructions and everyday requests (nl),
  // docstring signatures and editor file prefixes (completion); weighted to C, Python, C++, Java, JavaScript.
  'tasks-r5': {
    minTasks: 150,
    minPerLanguage: 8,
    nlShare: [0.4, 0.6],
    heavy: { languages: ['c', 'python', 'cpp', 'java', 'javascript'], share: 0.6 },
  },
};

describe.each(Object.entries(SPREAD) as [HoldoutTaskSet, (typeof SPREAD)[HoldoutTaskSet]][])(
  'holdout/%s.jsonl',
  (set, spread) => {
    const text = readFileSync(taskSetFile(set), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim());
    const parsed = lines.map((l, i) => ({ line: i + 1, result: holdoutTaskSchema.safeParse(JSON.parse(l)) }));
    const tasks: HoldoutTask[] = parsed.flatMap((p) => (p.result.success ? [p.result.data] : []));

    it('has one valid task per line with a unique id', () => {
      const invalid = parsed.filter((p) => !p.result.success).map((p) => `line ${p.line}: ${p.result.error?.message}`);
      expect(invalid).toEqual([]);
      expect(tasks.length).toBeGreaterThanOrEqual(spread.minTasks);
      expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    });

    it(`is what holdout/${set}/*.yaml assembles to (rerun assembleHoldoutTasks.ts after editing)`, () => {
      expect(text).toBe(assembleTaskSet(set));
    });

    it('covers every supported language, and each language with both kinds', () => {
      for (const language of LANGUAGES.filter((l) => !spread.writtenWithout?.includes(l))) {
        const own = tasks.filter((t) => t.language === language);
        expect(own.length, language).toBeGreaterThanOrEqual(spread.minPerLanguage);
        expect(new Set(own.map((t) => t.kind)), language).toEqual(new Set(['nl', 'completion']));
      }
    });

    it.runIf(spread.heavy)('gives its heavy languages their share of the tasks', () => {
      const heavy = tasks.filter((t) => spread.heavy?.languages.includes(t.language)).length;
      expect(heavy / tasks.length).toBeGreaterThanOrEqual(spread.heavy?.share ?? 0);
      // and each heavy language outweighs every light one
      const count = (language: string): number => tasks.filter((t) => t.language === language).length;
      const light = LANGUAGES.filter((l) => !spread.heavy?.languages.includes(l)).map(count);
      for (const language of spread.heavy?.languages ?? [])
        expect(count(language), language).toBeGreaterThan(Math.max(...light));
    });

    it('mixes requests in words and code prefixes', () => {
      const nl = tasks.filter((t) => t.kind === 'nl').length / tasks.length;
      expect(nl).toBeGreaterThan(spread.nlShare[0]);
      expect(nl).toBeLessThan(spread.nlShare[1]);
    });

    it('spreads its labels: no CWE labels more than a tenth of the tasks', () => {
      const counts = new Map<string, number>();
      for (const id of tasks.flatMap(labels)) counts.set(id, (counts.get(id) ?? 0) + 1);
      expect(counts.size).toBeGreaterThanOrEqual(35);
      for (const [id, n] of counts) expect(n, id).toBeLessThanOrEqual(tasks.length / 10);
    });

    it('never repeats a prompt', () => {
      expect(new Set(tasks.map((t) => t.prompt)).size).toBe(tasks.length);
    });
  },
);

describe('the task sets', () => {
  it('share no prompt', () => {
    const prompts = (set: HoldoutTaskSet): string[] =>
      readFileSync(taskSetFile(set), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => String((JSON.parse(l) as { prompt: unknown }).prompt));
    const all = HOLDOUT_TASK_SETS.flatMap(prompts);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('a task set folder', () => {
  const task = { id: 'read-file', kind: 'nl', cwe: 'CWE-22', prompt: 'Read the file the user names.' };
  const folder = (files: Record<string, unknown>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'holdout-tasks-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), stringify(content));
    return dir;
  };

  it('leaves out a file written for a language not offered yet, and reads the others', () => {
    const dir = folder({
      'python.yaml': { language: 'python', tasks: [task] },
      'cobol.yaml': { language: 'cobol', tasks: [task] },
    });
    expect(waitingFiles(dir)).toEqual(['cobol.yaml']);
    expect(readWrittenFiles(dir).map((f) => f.language)).toEqual(['python']);
  });

  it('still refuses a file whose name and language disagree, offered or not', () => {
    expect(() => readWrittenFiles(folder({ 'notes.yaml': { language: 'cobol', tasks: [task] } }))).toThrow(
      /notes\.yaml/,
    );
    expect(() => readWrittenFiles(folder({ 'go.yaml': { language: 'python', tasks: [task] } }))).toThrow(
      /declares language python/,
    );
  });
});

describe('the hold-out task schema', () => {
  it('refuses labels that are not written "CWE-<n>"', () => {
    for (const bad of ['cwe-79', 'CWE79', '79', 'CWE-', 'CWE-079'])
      expect(cweLabelSchema.safeParse(bad).success).toBe(false);
    expect(cweLabelSchema.safeParse('CWE-1333').success).toBe(true);
  });

  it('refuses an unknown kind, an unsupported language and a one-element label list', () => {
    const task = {
      id: 'holdout/python/x',
      source: 'holdout',
      language: 'python',
      cwe: 'CWE-78',
      prompt: 'p'.repeat(30),
      kind: 'nl',
    };
    expect(holdoutTaskSchema.safeParse(task).success).toBe(true);
    expect(holdoutTaskSchema.safeParse({ ...task, kind: 'chat' }).success).toBe(false);
    expect(holdoutTaskSchema.safeParse({ ...task, language: 'kotlin' }).success).toBe(false);
    expect(writtenTaskSchema.safeParse({ id: 'x', kind: 'nl', cwe: ['CWE-78'], prompt: task.prompt }).success).toBe(
      false,
    );
  });
});
