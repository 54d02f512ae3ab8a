// Input limits: oversized pasted code and tasks are refused with their sizes; a prompt over budget is not sent.
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS, inputSizeProblem } from './inputLimits';
import { taskInputProblem } from './checkTaskInput';
import { assertPromptFits } from '../prompt/assertPromptFits';
import { runPipeline } from '../pipeline';
import { createStages } from '../createStages';
import { fixtureNodePorts } from '../../adapters/node/fixtureNodePorts';
import { stageOutput } from '../trace';
import type { PromptRecord } from '../prompt/PromptRecord';
import type { Task } from './Task';

const task = (prompt: string): Task => ({ id: 'custom', language: 'python', kind: 'nl', prompt });

describe('inputSizeProblem', () => {
  it('accepts code up to the limits and refuses one character or one line more, naming both sizes', () => {
    expect(inputSizeProblem('x'.repeat(INPUT_LIMITS.codeChars), 'code')).toBeNull();
    const long = inputSizeProblem('x'.repeat(INPUT_LIMITS.codeChars + 1), 'code');
    expect(long?.code).toBe('BAD_INPUT');
    expect(long?.message).toBe(
      'The code to check is 100,001 characters in 1 line; the limit is 100,000 characters and 5,000 lines.',
    );
    expect(inputSizeProblem('\n'.repeat(INPUT_LIMITS.codeLines - 1), 'code')).toBeNull();
    expect(inputSizeProblem('\n'.repeat(INPUT_LIMITS.codeLines), 'code')?.message).toMatch(/in 5,001 lines/);
  });

  it('refuses a 2 MB paste and a 2 MB task before any stage runs', () => {
    const big = 'a = 1\n'.repeat(350_000);
    expect(taskInputProblem({ task: task(''), providedCode: big })?.message).toMatch(/code to check is 2,100,000/);
    expect(taskInputProblem({ task: task(big) })?.message).toMatch(/task is 2,100,000 characters; the limit is 20,000/);
    expect(taskInputProblem({ task: task('x'.repeat(INPUT_LIMITS.taskChars)) })).toBeNull();
  });
});

describe('assertPromptFits', () => {
  const built = (tokens: number) => ({ messages: [], sections: [], tokens });
  const record = (tokens: number, budget: number): PromptRecord => ({
    withKnowledge: built(tokens),
    baseline: built(tokens),
    budget,
    tokenCount: 'estimate',
    dropped: [],
    use: 'baseline',
  });

  it('passes a prompt within budget and refuses one over it with CONTEXT_TOO_LONG', () => {
    expect(assertPromptFits(record(3072, 3072)).budget).toBe(3072);
    expect(() => assertPromptFits(record(3073, 3072))).toThrow(/3,073 tokens \(estimated\), over the budget of 3,072/);
  });

  it('fails the prompt stage of a task too long for the budget, so nothing is generated from it', async () => {
    const stages = createStages(await fixtureNodePorts());
    const words = 'Ping the host given by the user and report whether it answered. '.repeat(300);
    const trace = await runPipeline({ task: task(words), config: { tokenBudget: 1024 } }, stages);
    const prompt = trace.stages.find((s) => s.stage === 'prompt');
    expect(prompt).toMatchObject({ status: 'error', error: { code: 'CONTEXT_TOO_LONG' } });
    expect(trace.stages.find((s) => s.stage === 'generation')?.status).toBe('skipped');
    // The same text within budget builds a prompt as before.
    const fits = await runPipeline({ task: task(words), config: { tokenBudget: 32768 } }, stages);
    expect(stageOutput(fits, 'prompt')?.budget).toBe(32768);
  });
});
