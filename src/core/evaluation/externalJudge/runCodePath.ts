// Where a run's final code is written for external scanners (`eval --code-dir`), and how a judge finds it again:
// `<config>/<task>/<sample>.<ext>`, with the model first when a report compares several models.
import type { TaskResult } from '../TaskResult';
import { codeExtension, safePathSegment } from '../../analysis/sarif/codeFileName';

export type RunCodeKey = Pick<TaskResult, 'id' | 'config' | 'model' | 'sample' | 'language'>;

export function runCodePath(run: RunCodeKey, withModel: boolean): string {
  const parts = [
    ...(withModel ? [safePathSegment(run.model)] : []),
    safePathSegment(run.config),
    safePathSegment(run.id),
    `${run.sample ?? 0}${codeExtension(run.language)}`,
  ];
  return parts.join('/');
}

/** Whether the runs come from more than one model, so paths need the model segment. */
export function hasSeveralModels(runs: readonly Pick<TaskResult, 'model'>[]): boolean {
  return new Set(runs.map((r) => r.model)).size > 1;
}

/**
 * A SARIF URI as a plain relative path: no `file://` scheme, percent escapes decoded, forward slashes, no `./`.
 * Tools write the same file as `file:///abs/dir/rescue/t1/0.py`, `dir/rescue/t1/0.py` or `.\\rescue\\t1\\0.py`.
 */
export function normaliseUri(uri: string): string {
  let path = uri.replace(/^file:\/\/[^/]*/i, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written.
  }
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** True when `uri` names the file at `path` (the same path, or ending with it at a segment boundary). */
export function uriMatchesPath(uri: string, path: string): boolean {
  const normal = normaliseUri(uri);
  return normal === path || normal.endsWith(`/${path}`);
}
