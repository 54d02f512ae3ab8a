// Fix / Intro / No-Change of one run: how revision (and the critique loop after it) changed the
// analyser's verdict. Kept in one small function so the shared revisionMetrics can replace it.
import type { RevisionRecord } from '../revision/RevisionRecord';
import type { RevisionOutcome } from './TaskResult';

/**
 * 'fix': the first generated code had findings and the final code has none;
 * 'intro': the first code had none and the final code has some;
 * 'no-change': the verdict (secure or not) stayed the same.
 * null when revision did not run (turned off, failed, or skipped for want of a model).
 */
export function revisionOutcome(
  revision: RevisionRecord | undefined,
  firstFindings: number,
  finalFindings: number,
): RevisionOutcome | null {
  if (!revision || revision.status === 'skipped') return null;
  const before = firstFindings === 0;
  const after = finalFindings === 0;
  if (!before && after) return 'fix';
  if (before && !after) return 'intro';
  return 'no-change';
}
