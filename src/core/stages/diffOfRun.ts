// The diff record of a run, where its final code is worked out once: generated, then revised, then
// improved by the critique loop; the final code's findings, and Fix / Intro / No-Change from the
// generated code to it. The Diff pane, evaluation, the CLI and repair pairs read it from the record.
import type { GenerationRecord } from '../generation/GenerationRecord';
import type { AnalysisRecord } from '../analysis/Finding';
import type { RevisionRecord } from '../revision/RevisionRecord';
import type { CritiqueRecord } from '../critique/CritiqueRecord';
import type { DiffRecord } from '../diff/DiffRecord';
import { diffCode } from '../diff/diffCode';
import { finalRevisedCode } from '../critique/finalRevisedCode';
import { revisionMetrics } from '../revision/revisionMetrics';

export interface RunRecords {
  generation: GenerationRecord;
  analysis?: AnalysisRecord;
  revision?: RevisionRecord;
  critique?: CritiqueRecord;
}

export function diffOfRun({ generation, analysis, revision, critique }: RunRecords): DiffRecord {
  const final = finalRevisedCode(generation.code, analysis?.findings ?? [], revision, critique);
  const record = diffCode(generation.code, final.code);
  // Without an analysis of the generated code there is nothing to compare the final findings with.
  if (!analysis) return record;
  const ran = (revision !== undefined && revision.status !== 'skipped') || critique?.status === 'done';
  // Trailing spaces and blank edges do not count as a change: a model often re-emits code that way.
  const unchanged = normalise(final.code) === normalise(generation.code);
  const metrics = ran ? revisionMetrics(analysis.findings, final.findings, unchanged) : null;
  record.final = { findings: final.findings, metrics };
  return record;
}

function normalise(code: string): string {
  return code.replace(/[ \t]+$/gm, '').trim();
}
