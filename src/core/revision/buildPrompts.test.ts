import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/Finding';
import type { Task } from '../task/Task';
import { buildRevisionPrompt, NO_CHANGE_ANSWER } from './buildRevisionPrompt';
import { buildCritiquePrompt, NO_ISSUES_ANSWER } from '../critique/buildCritiquePrompt';
import { buildImprovePrompt } from './buildImprovePrompt';

const task: Task = { id: 't', language: 'python', kind: 'nl', prompt: 'Ping a host given by the user.' };
const finding: Finding = {
  rule: 'py-shell',
  cwe: 'CWE-78',
  severity: 'error',
  message: 'shell string built from input',
  fix: 'use a list',
  line: 4,
  column: 1,
  endLine: 4,
  endColumn: 9,
};
const user = (messages: { role: string; content: string }[]): string =>
  messages.find((m) => m.role === 'user')?.content ?? '';

describe('buildRevisionPrompt', () => {
  it('gives the code, findings and advice as advisory context, and the no-change answer', () => {
    const text = user(
      buildRevisionPrompt(
        task,
        'os.system(cmd)',
        [finding],
        [{ id: 'a', title: 'Shells and input', answer: 'Use an argument list.' }],
      ),
    );
    expect(text).toContain('os.system(cmd)');
    expect(text).toContain('line 4: CWE-78');
    expect(text).toMatch(/advisory only/);
    expect(text).toContain('[1] Shells and input');
    expect(text).toContain(NO_CHANGE_ANSWER);
  });

  it('omits sections it has nothing for', () => {
    const text = user(buildRevisionPrompt(task, 'x = 1', [], []));
    expect(text).not.toContain('Static analysis findings');
    expect(text).not.toContain('Advice from');
  });
});

describe('buildCritiquePrompt', () => {
  it('grounds the critique in the CWE Top 25 and the current findings', () => {
    const text = user(buildCritiquePrompt(task, 'os.system(cmd)', [finding]));
    expect(text).toMatch(/^Critique this python code/);
    expect(text).toContain('CWE-787');
    expect(text).toContain('CWE-306');
    expect(text).toContain('line 4: CWE-78 shell string built from input');
    expect(text).toContain(NO_ISSUES_ANSWER);
  });

  it('says when the analyser reports nothing', () => {
    expect(user(buildCritiquePrompt(task, 'x = 1', []))).toContain('reports no findings');
  });
});

describe('buildImprovePrompt', () => {
  it('lists the critique issues and findings with their fixes', () => {
    const text = user(buildImprovePrompt(task, 'os.system(cmd)', ['CWE-78: shell'], [finding]));
    expect(text).toMatch(/^Improve this python code/);
    expect(text).toContain('- CWE-78: shell');
    expect(text).toContain('(fix: use a list)');
    expect(text).toContain(NO_CHANGE_ANSWER);
  });
});
