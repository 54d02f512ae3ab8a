import { describe, expect, it } from 'vitest';
import { DEFAULT_TASK_ID, defaultTaskId } from './defaultTask';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

describe('defaultTaskId', () => {
  it('picks the short Python lookup when the gallery has it, wherever it is listed', () => {
    expect(defaultTaskId([{ id: 'c-backup-dir' }, { id: DEFAULT_TASK_ID }])).toBe('py-find-user');
  });

  it('falls back to the first task, or none for an empty gallery', () => {
    expect(defaultTaskId([{ id: 'c-backup-dir' }, { id: 'js-session-id' }])).toBe('c-backup-dir');
    expect(defaultTaskId([])).toBeNull();
  });

  it('names a built-in gallery task, a short Python one', () => {
    const task = parse(readFileSync(`kb/tasks/${DEFAULT_TASK_ID}.yaml`, 'utf8')) as {
      id: string;
      language: string;
      prompt: string;
    };
    expect(task.id).toBe(DEFAULT_TASK_ID);
    expect(task.language).toBe('python');
    expect(task.prompt.split('\n').length).toBeLessThan(15);
  });
});
