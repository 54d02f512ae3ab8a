// Suite choices pick the right tasks in gallery order; suite files keep good lines and name bad ones.
import { describe, expect, it } from 'vitest';
import { chooseSuite, galleryLanguages, toSuiteChoice } from './chooseSuite';
import { parseSuiteJsonl } from './parseSuiteJsonl';
import type { Task } from '../task/Task';

const gallery: Task[] = [
  { id: 'py-a', language: 'python', kind: 'nl', prompt: 'a' },
  { id: 'js-b', language: 'javascript', kind: 'nl', prompt: 'b' },
  { id: 'py-c', language: 'python', kind: 'nl', prompt: 'c' },
];

describe('chooseSuite', () => {
  it('filters by language and keeps gallery order for a subset', () => {
    expect(chooseSuite(gallery, { kind: 'language', language: 'python' }).tasks.map((t) => t.id)).toEqual([
      'py-a',
      'py-c',
    ]);
    const subset = chooseSuite(gallery, { kind: 'subset', ids: ['py-c', 'py-a', 'missing'] });
    expect(subset).toEqual({ name: '2 chosen tasks', tasks: [gallery[0], gallery[2]] });
    const picker = { language: 'python' as const, subset: ['js-b'], file: null };
    expect(toSuiteChoice({ ...picker, choiceKind: 'subset' })).toEqual({ kind: 'subset', ids: ['js-b'] });
    expect(toSuiteChoice({ ...picker, choiceKind: 'file' })).toEqual({ kind: 'file', name: 'file', tasks: [] });
    expect(galleryLanguages(gallery)).toEqual([
      { language: 'python', count: 2 },
      { language: 'javascript', count: 1 },
    ]);
  });
});

describe('parseSuiteJsonl', () => {
  it('reads good lines and reports each bad one by number', () => {
    const text = [
      '{"id":"t1","prompt":"Write ping","language":"python","cwe":"CWE-78","tests":"assert True"}',
      '',
      'not json',
      '{"id":"t2","prompt":"x","language":"cobol"}',
      '{"id":"t1","prompt":"again","language":"python"}',
      '{"id":"t3","prompt":"Complete","language":"c","kind":"completion"}',
    ].join('\n');
    const { tasks, errors } = parseSuiteJsonl(text);
    expect(tasks.map((t) => [t.id, t.kind])).toEqual([
      ['t1', 'nl'],
      ['t3', 'completion'],
    ]);
    expect(tasks[0]?.tests).toBe('assert True');
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(errors[1]?.message).toContain('language');
    expect(errors[2]?.message).toContain('duplicate id t1');
  });
});
