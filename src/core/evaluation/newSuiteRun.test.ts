// A new suite run: with a model every task and configuration; without one only the tasks with a
// reference solution, once each, with the others listed as skipped; refusals say why.
import { describe, expect, it } from 'vitest';
import { newSuiteRun } from './newSuiteRun';
import { describeSkipped } from './referenceCheck';
import type { Task } from '../task/Task';

const task = (id: string, reference?: string): Task => ({
  id,
  title: `Task ${id}`,
  language: 'python',
  kind: 'nl',
  prompt: 'Write a function.',
  ...(reference ? { reference } : {}),
});
const tasks = [task('a'), task('b', 'def f():\n    return 1\n'), task('c')];
const base = { name: 'gallery', tasks, configIds: ['baseline', 'rescue'], testTimeoutMs: 1000 };

describe('newSuiteRun', () => {
  it('runs every task under every picked configuration with a model', () => {
    const next = newSuiteRun({ ...base, model: 'm' });
    if (!('suite' in next)) throw new Error(next.refused);
    expect([next.suite.tasks.length, next.suite.configIds, next.suite.skipped]).toEqual([
      3,
      ['baseline', 'rescue'],
      undefined,
    ]);
  });

  it('without a model keeps only tasks with a reference, under one configuration', () => {
    const next = newSuiteRun({ ...base, model: null });
    if (!('suite' in next)) throw new Error(next.refused);
    expect(next.suite.tasks.map((t) => t.id)).toEqual(['b']);
    expect(next.suite).toMatchObject({ model: 'reference', configIds: ['baseline'] });
    expect(describeSkipped(next.suite.skipped ?? [], 3)).toBe(
      '2 of 3 tasks skipped (no reference solution to check without a model): Task a, Task c.',
    );
  });

  it('refuses an empty suite, a suite with nothing to check, and no configuration', () => {
    expect(newSuiteRun({ ...base, tasks: [], model: 'm' })).toEqual({ refused: 'The suite has no tasks.' });
    expect(newSuiteRun({ ...base, tasks: [task('a')], model: null })).toMatchObject({
      refused: expect.stringContaining('None of the 1 task has a reference solution'),
    });
    expect(newSuiteRun({ ...base, configIds: [], model: 'm' })).toEqual({
      refused: 'Pick at least one configuration.',
    });
    // Without a model the picked configurations do not matter: one check runs.
    expect(newSuiteRun({ ...base, configIds: [], model: null })).toHaveProperty('suite');
  });

  it('names the first few skipped tasks and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, reason: 'r' }));
    expect(describeSkipped(many, 9, 2)).toBe('8 of 9 tasks skipped (r): t0, t1 and 6 more.');
    expect(describeSkipped([], 3)).toBe('');
  });
});
