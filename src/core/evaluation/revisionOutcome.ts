// How revision (and the critique loop after it) changed one run, from the first generated code to
// the final code: the shared finding-level metrics (revisionMetrics) plus a one-word verdict label.
import type { RevisionMetrics } from '../revision/revisionMetrics';
import { revisionMetrics } from '../revision/revisionMetrics';
import type { RevisionOutcome } from './TaskResult';
import type { FinalCode } from './finalCode';

/** null when neither revision nor the critique loop ran. */
export function revisionOfRun(final: FinalCode): RevisionMetrics | null {
  if (!final.revised) return null;
  return revisionMetrics(final.firstFindings, final.findings, normalise(final.code) === normalise(final.firstCode));
}

/**
 * The verdict label shown per run: 'fix' when the first code had findings and the final code has
 * none; 'intro' when the first code had none and the final code has some; else 'no-change'.
 */
export function revisionOutcome(metrics: RevisionMetrics | null): RevisionOutcome | null {
  if (!metrics) return null;
  if (metrics.findingsBefore > 0 && metrics.findingsAfter === 0) return 'fix';
  if (metrics.findingsBefore === 0 && metrics.findingsAfter > 0) return 'intro';
  return 'no-change';
}

function normalise(code: string): string {
  return code.replace(/[ \t]+$/gm, '').trim();
}
