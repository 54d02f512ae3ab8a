// Export the shown suite: one CSV row per run, a CSV of the summaries, or the JSON report.
import type { TaskResult } from '../../core/evaluation/TaskResult';
import type { SuiteRun } from '../../core/evaluation/SuiteRun';
import { resultsCsv, summaryCsv } from '../../core/evaluation/reportCsv';
import { buildReport } from '../../core/evaluation/EvalReport';
import { samplesPerTask } from '../../core/evaluation/summarise';
import { useRunStore } from '../../state/runStore';
import { downloadText } from './format';

const selectKbVersion = (s: { kb: { status: string; version?: string } }): string =>
  s.kb.status === 'ready' && s.kb.version ? s.kb.version : 'unknown';

export function ExportButtons({ suite, results, engine }: { suite: SuiteRun; results: TaskResult[]; engine: string }) {
  const kbVersion = useRunStore(selectKbVersion);
  const base = `eval-${suite.id}`;
  const exportJson = async (): Promise<void> => {
    // The rule registry is large: loaded only when a report is exported, not with the page.
    const { analyzerVersion } = await import('../../core/analysis/analyzerVersion');
    const report = buildReport(results, {
      model: suite.model,
      engine,
      baseUrl: null,
      samples: samplesPerTask(results),
      // The page's runs use the pipeline's own settings: temperature 0, no seed.
      temperature: 0,
      seed: null,
      kbVersion,
      analyzerVersion: analyzerVersion(),
      startedAt: suite.createdAt,
      finishedAt: new Date(Date.parse(suite.createdAt) + suite.wallMs).toISOString(),
      suiteHash: null,
      suite: suite.name,
      models: [suite.model],
      wallMs: suite.wallMs,
    });
    downloadText(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  };
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
        onClick={() => void exportJson()}
        data-testid="eval-export-json"
      >
        Export JSON
      </button>
    </div>
  );
}
