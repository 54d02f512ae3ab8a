// Critique pane: each critique-improve round's critique, findings before and after, and its diff.
import type { PaneProps } from './PaneProps';
import type { CritiqueRound } from '../../core/critique/CritiqueRecord';
import './critique.css';

const STOPPED: Record<string, string> = {
  clean: 'stopped early: the analyser is clean and the critique found nothing',
  'max-rounds': 'ran every round',
  'not-run': 'did not run',
};

export function CritiquePane({ output }: PaneProps<'critique'>) {
  return (
    <div className="critique" data-testid="critique-pane">
      <div className="toolbar">
        <span className={`chip ${output.status}`} data-testid="critique-status">
          {output.status}
        </span>
        <span className="small" data-testid="critique-rounds">
          {output.rounds.length} of {output.maxRounds} rounds; {STOPPED[output.stoppedBecause]}
        </span>
        {output.reason && <span className="muted small">{output.reason}</span>}
        <span className="spacer" />
        <span className="small">
          findings {output.metrics.findingsBefore} → {output.metrics.findingsAfter}; fixed {output.metrics.fixed},
          introduced {output.metrics.introduced} (our analyser)
        </span>
      </div>
      <ol className="critique-rounds">
        {output.rounds.map((r) => (
          <RoundView key={r.round} round={r} />
        ))}
      </ol>
    </div>
  );
}

function RoundView({ round }: { round: CritiqueRound }) {
  return (
    <li className="critique-round" data-testid="critique-round" data-outcome={round.outcome}>
      <div className="toolbar">
        <strong>Round {round.round}</strong>
        <span className={`chip ${round.outcome === 'improved' ? 'revised' : 'unchanged'}`}>{round.outcome}</span>
        <span className="small">
          findings {round.findingsBefore.length} → {round.findingsAfter.length}; fixed {round.metrics.fixed}, introduced{' '}
          {round.metrics.introduced}
        </span>
      </div>
      <div className="critique-text">
        {round.issues.length ? (
          <ul>
            {round.issues.map((issue, i) => (
              <li key={i}>{issue}</li>
            ))}
          </ul>
        ) : (
          <div className="muted small">The critique found nothing.</div>
        )}
        <details>
          <summary className="small">critique as written</summary>
          <pre className="critique-raw">{round.critique}</pre>
        </details>
      </div>
      {round.diff.changed ? (
        <pre className="critique-diff" data-testid="critique-diff">
          {round.diff.patch}
        </pre>
      ) : (
        <div className="muted small">No code change in this round.</div>
      )}
    </li>
  );
}
