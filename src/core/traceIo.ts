// Trace files: serialise a run for export, and parse an imported file with a precise refusal
// (too large, not JSON, not a trace, wrong version, unexpected or invalid fields).
import type { z } from 'zod';
import { PlaygroundError } from './errors';
import { TRACE_SCHEMA, TRACE_VERSION, type RunTrace } from './trace';
import { runTraceSchema } from './traceSchema';
import { formatIssuePath } from './kb/formatIssuePath';
import { withFinalOfRun } from './stages/withFinalOfRun';

/** Larger files are refused before they are read: a real trace is well under 1 MB. */
export const MAX_TRACE_BYTES = 5 * 1024 * 1024;

/** How many validation problems a refusal lists before "and N more". */
const SHOWN_ISSUES = 3;

/** The part of a File (or Blob) the parser needs; Node 20's Blob has it too. */
export interface TraceFileLike {
  size: number;
  text(): Promise<string>;
}

export function serializeTrace(trace: RunTrace): string {
  return `${JSON.stringify(runTraceSchema.parse(trace), null, 2)}\n`;
}

export function traceFileName(trace: Pick<RunTrace, 'runId'>): string {
  return `trace-${trace.runId.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
}

export async function parseTraceFile(file: TraceFileLike): Promise<RunTrace> {
  if (file.size > MAX_TRACE_BYTES)
    throw refuse(`the file is ${megabytes(file.size)}; traces over ${megabytes(MAX_TRACE_BYTES)} are refused.`);
  return parseTraceText(await file.text());
}

export function parseTraceText(text: string): RunTrace {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TRACE_BYTES)
    throw refuse(`the text is ${megabytes(bytes)}; traces over ${megabytes(MAX_TRACE_BYTES)} are refused.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw refuse(`the file is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return validateTrace(data);
}

/** Validates already-parsed data: schema name first, then version, then every field. Older traces get
 *  their diff record's final findings and metrics filled in (withFinalOfRun). */
export function validateTrace(data: unknown): RunTrace {
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    !('schema' in data) ||
    data.schema !== TRACE_SCHEMA
  ) {
    throw refuse(`this is not a playground trace (expected "schema": "${TRACE_SCHEMA}").`);
  }
  const version = 'version' in data ? data.version : undefined;
  if (version !== TRACE_VERSION) {
    const found = version === undefined ? 'has no version' : `is version ${JSON.stringify(version)}`;
    throw refuse(`the trace ${found}, but this playground reads version ${TRACE_VERSION} traces.`);
  }
  const parsed = runTraceSchema.safeParse(data);
  if (!parsed.success) throw refuse(describeIssues(parsed.error.issues));
  return withFinalOfRun(parsed.data);
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map(describeIssue);
  const more = issues.length > SHOWN_ISSUES ? `; and ${issues.length - SHOWN_ISSUES} more` : '';
  return `${shown.join('; ')}${more}.`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatIssuePath(issue.path) || 'the top level';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${keys} at ${where}`;
  }
  return `${where}: ${issue.message}`;
}

function refuse(reason: string): PlaygroundError {
  return new PlaygroundError('IMPORT_INVALID', {
    message: `Import refused: ${reason}`,
    hint: 'Nothing was changed. Import a trace exported from this playground.',
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
