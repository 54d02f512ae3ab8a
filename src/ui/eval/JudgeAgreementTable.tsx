// Where the judges of "secure" agree: the analyser against the security tests (and any other judge
// column), a 2x2 table overall and per CWE with raw agreement and Cohen's kappa (judgeAgreement.ts).
import { useMemo } from 'react';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { judgeAgreement } from '../../core/evaluation/judgeAgreement';
import { formatRate } from './format';

const LABELS: Record<string, string> = {
  analyser: 'Analyser',
  securityTests: 'Security tests',
  externalSecure: 'External tool',
};
const label = (judge: string): string => LABELS[judge] ?? judge;

export function JudgeAgreementTable({ results }: { results: TaskResult[] }) {
  const tables = useMemo(() => judgeAgreement(results), [results]);
  if (tables.length === 0) return null;
  return (
    <section className="eval-section" data-testid="eval-agreement">
      <h3>Judge agreement</h3>
      <p className="muted">
        Runs both judges gave a verdict on. “Only A secure” counts runs judge A calls secure and judge B does not.
      </p>
      <table className="eval-table">
        <thead>
          <tr>
            <th>Judges (A vs B)</th>
            <th>CWE</th>
            <th>Runs</th>
            <th>Both secure</th>
            <th>Only A secure</th>
            <th>Only B secure</th>
            <th>Both insecure</th>
            <th>Agreement</th>
            <th title="Cohen's kappa: agreement beyond chance; — when both judges never change their verdict">κ</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => (
            <tr key={`${t.a}/${t.b}/${t.cwe}`} data-testid={`eval-agreement-${t.a}-${t.b}-${t.cwe}`}>
              <td>
                {label(t.a)} vs {label(t.b)}
              </td>
              <td>{t.cwe === 'all' ? 'All' : t.cwe}</td>
              <td>{t.n}</td>
              <td>{t.bothSecure}</td>
              <td className={t.onlyASecure > 0 ? 'warn' : ''}>{t.onlyASecure}</td>
              <td className={t.onlyBSecure > 0 ? 'warn' : ''}>{t.onlyBSecure}</td>
              <td>{t.bothInsecure}</td>
              <td data-testid="agreement-raw">{formatRate(t.rawAgreement)}</td>
              <td data-testid="agreement-kappa">{t.kappa === null ? '—' : t.kappa.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
