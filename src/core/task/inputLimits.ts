// Size limits for what a run starts from: pasted code and task text beyond them are refused with their sizes.
import { PlaygroundError } from '../errors';

/**
 * Why these numbers: analysis, detection (one parse per grammar) and retrieval grow with the input, and the
 * bundled models have a 4,096-token context. 100,000 characters is far more than any single file people paste to
 * check (about 2,500 lines of typical code) and still analyses in seconds; a task of 20,000 characters is already
 * about 5,000 tokens, over any prompt budget a 4k model allows.
 */
export const INPUT_LIMITS = { codeChars: 100_000, codeLines: 5_000, taskChars: 20_000 } as const;

const n = (x: number): string => x.toLocaleString('en-US');

/** The reason code or task text is too large to run, or null. */
export function inputSizeProblem(text: string, what: 'code' | 'task'): PlaygroundError | null {
  if (what === 'task') {
    if (text.length <= INPUT_LIMITS.taskChars) return null;
    return new PlaygroundError('BAD_INPUT', {
      message: `The task is ${n(text.length)} characters; the limit is ${n(INPUT_LIMITS.taskChars)}.`,
      hint: 'Shorten the task to the request itself (and the code prefix it needs); it must fit the prompt budget.',
    });
  }
  const lines = countLines(text);
  if (text.length <= INPUT_LIMITS.codeChars && lines <= INPUT_LIMITS.codeLines) return null;
  return new PlaygroundError('BAD_INPUT', {
    message:
      `The code to check is ${n(text.length)} characters in ${n(lines)} line${lines === 1 ? '' : 's'}; the limit is ` +
      `${n(INPUT_LIMITS.codeChars)} characters and ${n(INPUT_LIMITS.codeLines)} lines.`,
    hint: 'Paste one file or the functions you want checked.',
  });
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}
