// Diff pane: the revision outcome, the advisories retrieved from the code, and generated vs final code
// (after revision and the critique loop), with Fix / Intro counts judged by our analyser.
import type { PaneProps } from './PaneProps';
import { stageOutput } from '../../core/trace';
import { LazyDiffViewer } from '../editor/LazyEditors';
import { RevisionFeedback } from '../feedback/RevisionFeedback';

export function DiffPane({ output, trace }: PaneProps<'diff'>) {
  const revision = stageOutput(trace, 'revision');
  // Worked out once, by the diff stage; traces recorded before it kept them show no counts.
  const metrics = output.final?.metrics ?? null;
  const fixed = metrics?.fixed ?? 0;
  const introduced = metrics?.introduced ?? 0;
  return (
    <div className="diff" data-testid="diff-pane">
      <div className="toolbar">
        <span className={`chip ${revision?.status ?? ''}`} data-testid="revision-status">
          {revision?.status ?? 'no revision'}
        </span>
        {revision?.reason && <span className="muted small">{revision.reason}</span>}
        {metrics && <RevisionFeedback trace={trace} />}
        <span className="spacer" />
        <span className="small">
          +{output.added} −{output.removed} lines;{' '}
          <span data-testid="revision-metrics">
            findings fixed {fixed}, introduced {introduced}
            {metrics?.fixRate != null ? `, fix rate ${metrics.fixRate.toFixed(2)}` : ''}
          </span>{' '}
          (our analyser)
        </span>
      </div>
      {revision && revision.advisories.length > 0 && (
        <details>
          <summary>{revision.advisories.length} advisories retrieved from the code</summary>
          <ol className="small">
            {revision.advisories.map((a) => (
              <li key={a.id}>
                {a.title} <span className="chip">{a.cwe}</span> score {a.score.toFixed(2)} — matched{' '}
                {a.matched.join(', ')}
              </li>
            ))}
          </ol>
        </details>
      )}
      {output.changed ? (
        <LazyDiffViewer
          original={output.before}
          modified={output.after}
          language={trace.task.language}
          testId="revision-diff"
        />
      ) : (
        <div className="notice" data-testid="diff-unchanged">
          Unchanged: the code was kept as generated.
        </div>
      )}
    </div>
  );
}
