// eval --traces DIR: every run's whole trace, gzip-compressed, as DIR/<model>/<config>/<taskId>-<sample>.json.gz.
// The model and configuration folders keep runs of one task apart; gunzipped, a file is an ordinary trace
// file that the page's Import opens.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RunTrace } from '../../core/trace';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { serializeTrace } from '../../core/traceIo';

/** A path segment from a name that may hold '/', ':' or spaces (model names such as org/model:tag). */
export function safeSegment(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^\.+/, '_') || '_';
}

export function traceFilePath(dir: string, result: Pick<TaskResult, 'id' | 'config' | 'model' | 'sample'>): string {
  return join(
    dir,
    safeSegment(result.model),
    safeSegment(result.config),
    `${safeSegment(result.id)}-${result.sample ?? 0}.json.gz`,
  );
}

/** Writes one run's trace and returns the path the result refers to it by. */
export function writeTraceFile(dir: string, trace: RunTrace, result: TaskResult): string {
  const path = traceFilePath(dir, result);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, gzipSync(serializeTrace(trace)));
  return path;
}
