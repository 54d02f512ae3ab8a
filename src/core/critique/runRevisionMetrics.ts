// Fix / Intro / No-Change of a whole run: the generated code's findings against the final code's
// (after revision and the critique loop), or null when neither step ran.
import type { RunTrace } from '../trace';
import { stageOutput } from '../trace';
import { revisionMetrics, type RevisionMetrics } from '../revision/revisionMetrics';
import { finalRevisedCode } from './finalRevisedCode';

export function runRevisionMetrics(trace: Pick<RunTrace, 'stages'>): RevisionMetrics | null {
  const generation = stageOutput(trace, 'generation');
  const analysis = stageOutput(trace, 'analysis');
  const revision = stageOutput(trace, 'revision');
  const critique = stageOutput(trace, 'critique');
  if (!generation || !analysis) return null;
  const ran = (revision && revision.status !== 'skipped') || critique?.status === 'done';
  if (!ran) return null;
  const final = finalRevisedCode(generation.code, analysis.findings, revision, critique);
  return revisionMetrics(analysis.findings, final.findings, final.code === generation.code);
}
