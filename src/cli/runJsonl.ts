// The JSON Lines contract shared by the retrieve, analyze, slice and advise commands: one output
// line per input line, in order, each carrying the input's id; a bad line yields an `error` field
// and the run goes on.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PlaygroundError, toErrorRecord } from '../core/errors';
import { isLanguage, type Language } from '../core/task/Task';
import type { ParsedArgs } from './Command';
import { assertReadableFile } from './readInputFile';

export type JsonlHandler = (input: Record<string, unknown>) => Promise<Record<string, unknown>>;

export async function runJsonl(
  file: string,
  handler: JsonlHandler,
  out: (line: string) => void = writeLine,
): Promise<number> {
  assertReadableFile(file);
  const stream = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo += 1;
    if (raw.trim() === '') continue;
    let id: unknown = null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new PlaygroundError('BAD_INPUT', { message: `line ${lineNo}: expected a JSON object` });
      }
      const input = parsed as Record<string, unknown>;
      id = input.id ?? null;
      const started = performance.now();
      const result = await handler(input);
      out(JSON.stringify({ id, ...result, ms: round(performance.now() - started) }));
    } catch (error) {
      const record =
        error instanceof SyntaxError
          ? { code: 'BAD_INPUT', message: `line ${lineNo}: not valid JSON (${error.message})` }
          : toErrorRecord(error, 'BAD_INPUT');
      out(
        JSON.stringify({
          id,
          error: {
            code: record.code,
            message: 'detail' in record && record.detail ? `${record.message} ${record.detail}` : record.message,
          },
        }),
      );
    }
  }
  return 0;
}

/** Reads a required string field or throws a BAD_INPUT error naming it. */
export function requireString(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== 'string') {
    throw new PlaygroundError('BAD_INPUT', { message: `field "${field}" must be a string` });
  }
  return value;
}

function writeLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Reads the `language` field as one of our language names, or throws naming the bad value. */
export function requireLanguage(input: Record<string, unknown>): Language {
  const language = requireString(input, 'language');
  if (!isLanguage(language))
    throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { message: `unknown language "${language}"` });
  return language;
}

/** The JSON Lines input of a command (`--jsonl FILE`, a positional path, or `-`), or null after printing usage. */
export function jsonlInput(args: ParsedArgs, usage: string): string | null {
  const file = args.flags.jsonl ?? args.positional[0];
  if (!file) process.stderr.write(`usage: npm run -s cli -- ${usage}\n`);
  return file ?? null;
}
