// Files and directories named on the command line: a missing path or the wrong kind of path is an
// InputFileError ("cannot read FILE: no such file", exit code 2), never a raw ENOENT/EISDIR stack.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { PlaygroundError } from '../core/errors';

/** The exit code for a bad path, like any other usage mistake. */
export const INPUT_FILE_EXIT = 2;

export class InputFileError extends PlaygroundError {
  constructor(path: string, reason: string) {
    super('BAD_INPUT', { message: `cannot read ${path}: ${reason}` });
  }
}

/** Throws an InputFileError unless `file` is a readable regular file ("-", stdin, is always accepted). */
export function assertReadableFile(file: string): void {
  if (file === '-') return;
  if (!statOrThrow(file).isFile()) throw new InputFileError(file, 'is a directory');
}

/** Throws an InputFileError unless `dir` is an existing directory. */
export function assertDirectory(dir: string): void {
  if (!statOrThrow(dir, 'no such directory').isDirectory()) throw new InputFileError(dir, 'not a directory');
}

/** The whole text of `file`, or of stdin for "-". */
export function readInputFile(file: string): string {
  assertReadableFile(file);
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputFileError(file, reasonOf(error));
  }
}

function statOrThrow(path: string, missing = 'no such file'): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw new InputFileError(path, reasonOf(error, missing));
  }
}

function reasonOf(error: unknown, missing = 'no such file'): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return missing;
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
