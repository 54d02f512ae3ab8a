// Diff pane: the revision outcome, the advisories retrieved from the code, and original vs revised.
import type { PaneProps } from './PaneProps';
import { stageOutput } from '../../core/trace';
import { LazyDiffViewer } from '../editor/LazyEditors';

export function DiffPane({ output, trace }: PaneProps<'diff'>) {
  const revision = stageOutput(trace, 'revision');
  const fixed = revision ? revision.findingsBefore.filter((b) => !revision.findingsAfter.some((a) => a.rule === b.rule)).length : 0;
  const introduced = revision ? revision.findingsAfter.filter((a) => !revision.findingsBefore.some((b) => b.rule === a.rule)).length : 0;
  return (
    <div className="diff" data-testid="diff-pane">
      <div className="toolbar">
        <span className={`chip ${revision?.status ?? ''}`} data-testid="revision-status">{revision?.status ?? 'no revision'}</span>
        {revision?.reason && <span className="muted small">{revision.reason}</span>}
        <span className="spacer" />
        <span className="small">+{output.added} −{output.removed} lines; findings fixed {fixed}, introduced {introduced} (our analyser)</span>
      </div>
      {revision && revision.advisories.length > 0 && (
        <details>
          <summary>{revision.advisories.length} advisories retrieved from the code</summary>
          <ol className="small">
            {revision.advisories.map((a) => <li key={a.id}>{a.title} <span className="chip">{a.cwe}</span> score {a.score.toFixed(2)} — matched {a.matched.join(', ')}</li>)}
          </ol>
        </details>
      )}
      {output.changed
        ? <LazyDiffViewer original={output.before} modified={output.after} language={trace.task.language} testId="revision-diff" />
        : <div className="notice" data-testid="diff-unchanged">Unchanged: the code was kept as generated.</div>}
    </div>
  );
}
