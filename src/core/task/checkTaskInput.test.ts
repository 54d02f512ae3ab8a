import { describe, expect, it } from 'vitest';
import { assertTaskInput, taskInputProblem } from './checkTaskInput';
import { runPipeline, type PipelineStages } from '../pipeline';
import type { Task } from './Task';

const task = (prompt: string, kind: Task['kind'] = 'nl'): Task => ({ id: 'custom', language: 'python', kind, prompt });

describe('taskInputProblem', () => {
  it.each(['', '   ', '\n\t \r\n', '\u00a0\u2003', '\u200b\ufeff '])(
    'refuses the blank task %j with BAD_INPUT',
    (prompt) => {
      const problem = taskInputProblem({ task: task(prompt) });
      expect(problem?.code).toBe('BAD_INPUT');
      expect(problem?.message).toMatch(/task is empty/);
    },
  );

  it('accepts a task with words, even padded with blanks', () => {
    expect(taskInputProblem({ task: task('  Ping a host.\n') })).toBeNull();
    expect(taskInputProblem({ task: task('x') })).toBeNull();
  });

  it('says a blank code prefix has nothing to complete', () => {
    expect(taskInputProblem({ task: task(' ', 'completion') })?.message).toMatch(/no code prefix/);
  });

  it('in check-my-code mode needs the code, not the task text', () => {
    expect(taskInputProblem({ task: task(''), providedCode: 'print(1)' })).toBeNull();
    expect(taskInputProblem({ task: task('Ping a host.'), providedCode: ' \n ' })?.message).toMatch(
      /code to check is empty/,
    );
  });

  it('assertTaskInput throws the same problem', () => {
    expect(() => assertTaskInput({ task: task(' ') })).toThrow(/task is empty/);
    expect(() => assertTaskInput({ task: task('Ping') })).not.toThrow();
  });
});

describe('runPipeline with an empty task', () => {
  it('throws BAD_INPUT before any stage runs', async () => {
    const called: string[] = [];
    const stage = (name: string) => async () => {
      called.push(name);
      throw new Error(`${name} must not run`);
    };
    const stages = Object.fromEntries(
      ['facets', 'retrieval', 'prompt', 'generation', 'analysis', 'revision', 'critique', 'diff'].map((n) => [
        n,
        stage(n),
      ]),
    ) as unknown as PipelineStages;
    const updates: unknown[] = [];
    await expect(
      runPipeline({ task: task(' \n ') }, stages, { onUpdate: (t) => updates.push(t) }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(called).toEqual([]);
    expect(updates).toEqual([]);
  });
});
