// The latest code of a run and its findings: generated, then revised, then improved by critique.
import type { Finding } from '../analysis/Finding';
import type { RevisionRecord } from '../revision/RevisionRecord';
import type { CritiqueRecord } from './CritiqueRecord';

export function finalRevisedCode(
  generated: string,
  findings: Finding[],
  revision?: RevisionRecord,
  critique?: CritiqueRecord,
): { code: string; findings: Finding[] } {
  if (critique && critique.status === 'done') return { code: critique.after, findings: critique.findingsAfter };
  if (revision && revision.status !== 'skipped') return { code: revision.after, findings: revision.findingsAfter };
  return { code: generated, findings };
}
