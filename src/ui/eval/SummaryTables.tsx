// Metrics per configuration: overall, or broken down per CWE or per language.
import { useState } from 'react';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { summarise, summariseBy, type RateKey, type SummaryTable } from '../../core/evaluation/summarise';
import { formatRate } from './format';

const METRICS: { key: RateKey; label: string }[] = [
  { key: 'securePass1', label: 'SecurePass@1' },
  { key: 'secureRate', label: 'Secure' },
  { key: 'passRate', label: 'Pass' },
  { key: 'fixRate', label: 'Fix' },
  { key: 'introRate', label: 'Intro' },
  { key: 'noChangeRate', label: 'No-Change' },
  { key: 'retrievalHitRate', label: 'Retrieval hit' },
  { key: 'securityPassRate', label: 'Security tests' },
];

type View = 'overall' | 'cwe' | 'language';

export function SummaryTables({ results }: { results: TaskResult[] }) {
  const [view, setView] = useState<View>('overall');
  const groups: [string, SummaryTable][] =
    view === 'overall' ? [['all', summarise(results)]] : Object.entries(summariseBy(results, view));
  return (
    <section className="eval-section" data-testid="eval-summary">
      <div className="row">
        <h3>Metrics</h3>
        {(['overall', 'cwe', 'language'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={view === v ? 'active' : ''}
            onClick={() => setView(v)}
            data-testid={`eval-breakdown-${v}`}
          >
            {v === 'overall' ? 'Per configuration' : v === 'cwe' ? 'Per CWE' : 'Per language'}
          </button>
        ))}
      </div>
      <table className="eval-table">
        <thead>
          <tr>
            {view !== 'overall' && <th>{view === 'cwe' ? 'CWE' : 'Language'}</th>}
            <th>Configuration</th>
            <th>Runs</th>
            <th title="Runs that failed (engine or harness): left out of every rate">Errors</th>
            {METRICS.map((m) => (
              <th key={m.key}>{m.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.flatMap(([group, table]) =>
            Object.entries(table).map(([column, s]) => (
              <tr
                key={`${group}/${column}`}
                data-testid={`eval-summary-row-${view === 'overall' ? column : `${group}-${column}`}`}
              >
                {view !== 'overall' && <td>{group}</td>}
                <td>{column}</td>
                <td>{s.runs}</td>
                <td data-testid="metric-errors" className={s.errors > 0 ? 'warn' : ''}>
                  {s.errors}
                </td>
                {METRICS.map((m) => {
                  const ci = s.ci[m.key];
                  return (
                    <td
                      key={m.key}
                      data-testid={`metric-${m.key}`}
                      title={ci ? `95% interval ${formatRate(ci[0])} – ${formatRate(ci[1])}` : undefined}
                    >
                      {formatRate(s[m.key])}
                    </td>
                  );
                })}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}
