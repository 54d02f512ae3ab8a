// External judge (issue 15 item 4): SARIF logs of the runs' code (CodeQL, Semgrep, Bandit, or `analyze --format
// sarif`) judged against these results, matched by file path as `eval --code-dir` writes it; nothing is stored.
import { useMemo, useState } from 'react';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { readSarifResults } from '../../core/evaluation/externalJudge/readSarifResults';
import { judgeRuns, type JudgedRuns } from '../../core/evaluation/externalJudge/judgeRuns';
import { externalSummary } from '../../core/evaluation/externalJudge/externalSummary';
import { hasSeveralModels, runCodePath } from '../../core/evaluation/externalJudge/runCodePath';
import { storedZip } from '../../core/evaluation/externalJudge/storedZip';
import { formatRate } from './format';

/** Every run's final code as `eval --code-dir` lays it out, zipped, for a scanner to read. */
function downloadCodeZip(results: readonly TaskResult[]): void {
  const withModel = hasSeveralModels(results);
  const entries = results.filter((r) => !r.error).map((r) => ({ path: runCodePath(r, withModel), text: r.code }));
  const url = URL.createObjectURL(new Blob([storedZip(entries)], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'eval-code.zip';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Judgement {
  tools: string[];
  judged: JudgedRuns;
}

export function ExternalJudgePanel({ results }: { results: TaskResult[] }) {
  const [judgement, setJudgement] = useState<Judgement | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const summary = useMemo(() => (judgement ? externalSummary(judgement.judged.results) : null), [judgement]);

  const load = async (files: FileList | null): Promise<void> => {
    if (!files || files.length === 0) return;
    try {
      const logs = await Promise.all([...files].map(async (f) => JSON.parse(await f.text()) as unknown));
      const scan = readSarifResults(logs);
      setJudgement({ tools: scan.tools, judged: judgeRuns(results, scan) });
      setProblem(null);
    } catch (error) {
      setJudgement(null);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="eval-section" data-testid="external-judge">
      <h3>External judge</h3>
      <p className="muted small">
        SARIF 2.1.0 logs of the runs&apos; code, scanned as <code>eval --code-dir</code> writes it (
        <code>config/task/sample.ext</code>). A run no log names is not judged and is in no rate.
      </p>
      <button type="button" onClick={() => downloadCodeZip(results)} data-testid="external-judge-code">
        Download code (.zip)
      </button>{' '}
      <input
        type="file"
        accept=".sarif,.json,application/json"
        multiple
        aria-label="SARIF files"
        data-testid="external-judge-file"
        onChange={(e) => void load(e.target.files)}
      />
      {problem && (
        <div className="notice warn" role="alert" data-testid="external-judge-error">
          {problem}
        </div>
      )}
      {judgement && summary && (
        <>
          <p data-testid="external-judge-counts">
            {judgement.judged.judged} of {results.length} runs judged by {judgement.tools.join(', ') || 'no tool'};{' '}
            {judgement.judged.notJudged} not judged
            {judgement.judged.unmatchedUris.length > 0 &&
              `; ${judgement.judged.unmatchedUris.length} files with results match no run`}
          </p>
          <table className="eval-table">
            <thead>
              <tr>
                <th>Configuration</th>
                <th>Judged</th>
                <th>Externally secure</th>
                <th>95% interval</th>
                <th title="ours secure / ours insecure, by the external verdict">Agreement with our analyser</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(summary).map(([config, row]) => (
                <tr key={config} data-testid={`external-judge-row-${config}`}>
                  <td>{config}</td>
                  <td data-testid="external-judged">
                    {row.judged} / {row.runs}
                  </td>
                  <td data-testid="external-secure">
                    {formatRate(row.externalSecureRate)} ({row.externalSecure})
                  </td>
                  <td>
                    {row.ci.externalSecureRate
                      ? `${formatRate(row.ci.externalSecureRate[0])}–${formatRate(row.ci.externalSecureRate[1])}`
                      : '—'}
                  </td>
                  <td>
                    both secure {row.agreement.bothSecure}, both insecure {row.agreement.bothInsecure}, only ours
                    insecure {row.agreement.oursOnlyInsecure}, only external insecure{' '}
                    {row.agreement.externalOnlyInsecure}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
