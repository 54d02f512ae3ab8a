import { describe, expect, it } from 'vitest';
import { suiteLines } from './suiteLines';
import { parseSuiteJsonl } from './parseSuiteJsonl';
import type { Task } from '../task/Task';

describe('suiteLines', () => {
  it('writes tasks that parseSuiteJsonl reads back unchanged', () => {
    const tasks: Task[] = [
      {
        id: 'a',
        title: 'A',
        language: 'python',
        kind: 'nl',
        cwe: 'CWE-78',
        prompt: 'Write ping(host).\nReturn output.',
        entry: 'ping',
        tests: 'assert ping',
        reference: 'def ping(h):\n    pass\n',
        securityTests: 'ping("x; id")',
        vulnerable: 'def ping(h):\n    os.system(h)\n',
      },
      { id: 'b', language: 'c', kind: 'completion', prompt: 'int main(void) {' },
    ];
    const text = suiteLines(tasks);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).not.toContain('undefined');
    expect(parseSuiteJsonl(text)).toEqual({ tasks, errors: [] });
  });
});
