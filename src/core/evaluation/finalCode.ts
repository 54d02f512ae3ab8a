// The code a run ended with and its findings (generated, then revised, then improved by the
// critique loop), beside the first generated code, for scoring: read from the diff stage's record.
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import type { Finding } from '../analysis/Finding';
import type { RevisionMetrics } from '../revision/revisionMetrics';

export interface FinalCode {
  /** The first generated code and its findings (before revision). */
  firstCode: string;
  firstFindings: Finding[];
  code: string;
  findings: Finding[];
  /** Fix / Intro / No-Change from the first to the final code; null when neither revision nor critique ran. */
  metrics: RevisionMetrics | null;
}

/** null when the run produced no analysed code (generation or analysis failed or was skipped). */
export function finalCode(trace: Pick<RunTrace, 'stages'>): FinalCode | null {
  const analysis = stageOutput(trace, 'analysis');
  const diff = stageOutput(trace, 'diff');
  if (!analysis || !diff?.final) return null;
  return {
    firstCode: diff.before,
    firstFindings: analysis.findings,
    code: diff.after,
    findings: diff.final.findings,
    metrics: diff.final.metrics,
  };
}
