// The code a run ended with and its findings (generated, then revised, then improved by the
// critique loop), beside the first generated code, for scoring.
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import type { Finding } from '../analysis/Finding';
import { finalRevisedCode } from '../critique/finalRevisedCode';

export interface FinalCode {
  /** The first generated code and its findings (before revision). */
  firstCode: string;
  firstFindings: Finding[];
  code: string;
  findings: Finding[];
  /** Revision or the critique loop ran on this code. */
  revised: boolean;
}

/** null when the run produced no analysed code (generation or analysis failed or was skipped). */
export function finalCode(trace: Pick<RunTrace, 'stages'>): FinalCode | null {
  const generation = stageOutput(trace, 'generation');
  const analysis = stageOutput(trace, 'analysis');
  if (!generation || !analysis) return null;
  const revision = stageOutput(trace, 'revision');
  const critique = stageOutput(trace, 'critique');
  const final = finalRevisedCode(generation.code, analysis.findings, revision, critique);
  return {
    firstCode: generation.code,
    firstFindings: analysis.findings,
    code: final.code,
    findings: final.findings,
    revised: (revision !== undefined && revision.status !== 'skipped') || critique?.status === 'done',
  };
}
