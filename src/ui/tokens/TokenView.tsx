// Token-level view: the generated output as tokens shaded by probability (darker = less likely),
// security-critical tokens (inside findings or lines the revision changed) outlined, plus export of
// the run as a repair pair in JSON Lines.
import { useMemo } from 'react';
import type { RunTrace } from '../../core/trace';
import { labelledRunTokens, repairPairsJsonl } from '../../core/critique/repairPair';
import './tokens.css';

export function TokenView({ trace }: { trace: RunTrace }) {
  const tokens = useMemo(() => labelledRunTokens(trace), [trace]);
  const withProb = tokens.filter((t) => t.prob !== null).length;
  const critical = tokens.filter((t) => t.critical).length;
  const exportPairs = () => {
    const url = URL.createObjectURL(new Blob([repairPairsJsonl([trace])], { type: 'application/x-ndjson' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `repair-pair-${trace.runId}.jsonl`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="tok" data-testid="token-view">
      <div className="toolbar small">
        <span>
          {tokens.length} tokens, {withProb} with log-probabilities,{' '}
          <span data-testid="token-critical-count">{critical}</span> security-critical
        </span>
        <span className="tok-legend">
          <span className="tok-t tok-low tok-p-low">unlikely (p &lt; 0.2)</span>{' '}
          <span className="tok-t tok-p-mid">unsure (p &lt; 0.5)</span> <span className="tok-t">likely</span>{' '}
          <span className="tok-t tok-crit">critical</span>
        </span>
        <span className="spacer" />
        <button type="button" onClick={exportPairs} data-testid="export-repair-pairs">
          Export repair pair (JSONL)
        </button>
      </div>
      {withProb === 0 && (
        <div className="muted small">The engine gave no per-token log-probabilities for this output.</div>
      )}
      <pre className="tok-text">
        {tokens.map((t, i) => (
          <span
            key={i}
            className={`tok-t${t.critical ? ' tok-crit' : ''}${probClass(t.prob)}`}
            style={t.prob === null ? undefined : { backgroundColor: `rgba(230, 120, 20, ${(1 - t.prob) * 0.6})` }}
            title={`${JSON.stringify(t.text)} p=${t.prob === null ? 'n/a' : t.prob.toFixed(3)}${t.line ? ` line ${t.line}` : ''}${t.why ? ` (${t.why})` : ''}`}
            data-testid="token"
            data-critical={t.critical ? 'true' : 'false'}
          >
            {t.text}
          </span>
        ))}
      </pre>
    </div>
  );
}

/** Probability shown by more than shade: a dotted underline below 0.5, a wavy one below 0.2. */
function probClass(prob: number | null): string {
  if (prob === null || prob >= 0.5) return '';
  return prob < 0.2 ? ' tok-p-low' : ' tok-p-mid';
}
