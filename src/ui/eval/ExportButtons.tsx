// Export the shown suite: one CSV row per run, a CSV of the summaries, or the JSON report.
import type { TaskResult } from '../../core/evaluation/TaskResult';
import type { SuiteRun } from '../../core/evaluation/SuiteRun';
import { resultsCsv, summaryCsv } from '../../core/evaluation/reportCsv';
import { buildReport } from '../../core/evaluation/EvalReport';
import { downloadText } from './format';

export function ExportButtons({ suite, results, engine }: { suite: SuiteRun; results: TaskResult[]; engine: string }) {
  const base = `eval-${suite.id}`;
  const report = () =>
    buildReport(results, {
      engine,
      models: [suite.model],
      suite: suite.name,
      startedAt: suite.createdAt,
      wallMs: suite.wallMs,
    });
  return (
    <div className="row">
      <button
        type="button"
        disabled={results.length === 0}
        onClick={() => downloadText(`${base}.csv`, resultsCsv(results), 'text/csv')}
        data-testid="eval-export-csv"
      >
        Export CSV
      </button>
      <button
        type="button"
        disabled={results.length === 0}
        onClick={() => downloadText(`${base}-summary.csv`, summaryCsv(results), 'text/csv')}
        data-testid="eval-export-summary-csv"
      >
        Summary CSV
      </button>
      <button
        type="button"
        disabled={results.length === 0}
        onClick={() => downloadText(`${base}.json`, `${JSON.stringify(report(), null, 2)}\n`, 'application/json')}
        data-testid="eval-export-json"
      >
        Export JSON
      </button>
    </div>
  );
}
