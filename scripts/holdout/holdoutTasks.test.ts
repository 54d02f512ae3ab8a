// The hold-out task corpus is well formed: every line of holdout/tasks.jsonl has the dev schema, a
// supported language, a known kind and well-formed CWE labels; ids are unique; the file is what the
// written YAML assembles to; and the corpus keeps the spread it was written for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/task/Task';
import { assembleHoldoutTasks, HOLDOUT_TASKS_FILE, readWrittenFiles, toJsonLines } from './assembleHoldoutTasks';
import { cweLabelSchema, holdoutTaskSchema, writtenTaskSchema, type HoldoutTask } from './holdoutTaskSchema';

const text = readFileSync(HOLDOUT_TASKS_FILE, 'utf8');
const lines = text.split('\n').filter((l) => l.trim());
const parsed = lines.map((l, i) => ({ line: i + 1, result: holdoutTaskSchema.safeParse(JSON.parse(l)) }));
const tasks: HoldoutTask[] = parsed.flatMap((p) => (p.result.success ? [p.result.data] : []));
const labels = (t: HoldoutTask): string[] => (Array.isArray(t.cwe) ? t.cwe : [t.cwe]);

describe('holdout/tasks.jsonl', () => {
  it('has one valid task per line with a unique id', () => {
    const invalid = parsed.filter((p) => !p.result.success).map((p) => `line ${p.line}: ${p.result.error?.message}`);
    expect(invalid).toEqual([]);
    expect(tasks.length).toBeGreaterThanOrEqual(150);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
  });

  it('is what holdout/tasks/*.yaml assembles to (rerun assembleHoldoutTasks.ts after editing)', () => {
    expect(text).toBe(toJsonLines(assembleHoldoutTasks(readWrittenFiles())));
  });

  it('covers every supported language, and each language with both kinds', () => {
    for (const language of LANGUAGES) {
      const own = tasks.filter((t) => t.language === language);
      expect(own.length, language).toBeGreaterThanOrEqual(8);
      expect(new Set(own.map((t) => t.kind)), language).toEqual(new Set(['nl', 'completion']));
    }
  });

  it('is roughly half requests in words and half code prefixes', () => {
    const nl = tasks.filter((t) => t.kind === 'nl').length / tasks.length;
    expect(nl).toBeGreaterThan(0.4);
    expect(nl).toBeLessThan(0.6);
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
    expect(holdoutTaskSchema.safeParse({ ...task, language: 'ruby' }).success).toBe(false);
    expect(writtenTaskSchema.safeParse({ id: 'x', kind: 'nl', cwe: ['CWE-78'], prompt: task.prompt }).success).toBe(
      false,
    );
  });
});
