// Input check before a run: an empty, whitespace-only or oversized task (or pasted code) is refused, never sent.
import { PlaygroundError } from '../errors';
import type { Task } from './Task';
import { inputSizeProblem } from './inputLimits';

/** What a run would start from: the task and, in "check my own code" mode, the pasted code. */
export interface TaskInput {
  task: Pick<Task, 'prompt' | 'kind'>;
  providedCode?: string;
}

/**
 * Returns the reason a run must not start, or null when the input is usable.
 * Whitespace counts as empty: a model given only blanks answers with something unrelated,
 * and the analysis of blank code would read as a clean result.
 */
export function taskInputProblem({ task, providedCode }: TaskInput): PlaygroundError | null {
  if (providedCode !== undefined) {
    // Checking pasted code needs the code; the task text is optional context in that mode.
    if (isBlank(providedCode)) {
      return new PlaygroundError('BAD_INPUT', {
        message: 'The code to check is empty.',
        hint: 'Paste the code to analyse, or untick "use this code" to generate from the task.',
      });
    }
    return inputSizeProblem(providedCode, 'code');
  }
  if (isBlank(task.prompt)) {
    return new PlaygroundError('BAD_INPUT', {
      message:
        task.kind === 'completion'
          ? 'The task is empty: there is no code prefix to complete.'
          : 'The task is empty: there is nothing to ask the model.',
      hint:
        task.kind === 'completion'
          ? 'Paste the start of the code to complete.'
          : 'Describe the code to write, e.g. "Ping a host given by the user."',
    });
  }
  return inputSizeProblem(task.prompt, 'task');
}

/** Throws the problem, if any: for callers that must not start a run on bad input. */
export function assertTaskInput(input: TaskInput): void {
  const problem = taskInputProblem(input);
  if (problem) throw problem;
}

// Zero-width characters are invisible in the editor, so a task made only of them is blank too.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').length === 0;
}
