// How revision (and the critique loop after it) changed one run, from the first generated code to
// the final code, as a one-word verdict label over the metrics the diff stage recorded.
import type { RevisionMetrics } from '../revision/revisionMetrics';
import type { RevisionOutcome } from './TaskResult';

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
