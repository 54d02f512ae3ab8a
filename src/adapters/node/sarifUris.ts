// Where code analysed from a JSON Lines file is, as a SARIF artifact URI: relative to the current directory.
import { relative, resolve, sep } from 'node:path';

/** The URI standing for standard input, which has no path. */
export const STDIN_URI = 'stdin';

/** The input file as a URI relative to the current directory (forward slashes), or the stdin placeholder. */
export function inputBaseUri(file: string, cwd: string = process.cwd()): string {
  if (file === '-') return STDIN_URI;
  return relative(cwd, resolve(cwd, file)).split(sep).join('/');
}

/**
 * Where one input line's code is: its own `path` when it names the file it came from (e.g. a file written by
 * `eval --code-dir`), else the input file with the line's id as fragment (`in.jsonl#task-1`), or its line number.
 */
export function lineUri(base: string, input: Record<string, unknown>, n: number): string {
  if (typeof input.path === 'string' && input.path !== '') return input.path.split(sep).join('/');
  const id = typeof input.id === 'string' || typeof input.id === 'number' ? String(input.id) : `line-${n}`;
  return `${base}#${encodeURIComponent(id)}`;
}
