// Counts by CWE and language: one row per weakness, a column per language with examples.
import type { ExplorerSummary } from '../../core/kbTools/explorer/ExplorerData';

export function CountsTable({ summary }: { summary: ExplorerSummary }) {
  const total = (lang: string) => summary.cwes.reduce((n, c) => n + (c.byLanguage[lang] ?? 0), 0);
  return (
    <table className="explorer-table" data-testid="explorer-counts">
      <thead>
        <tr>
          <th>CWE</th>
          <th>guidelines</th>
          <th>examples</th>
          <th>advisories</th>
          {summary.languages.map((lang) => (
            <th key={lang}>{lang}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.cwes.map((cwe) => (
          <tr key={cwe.id} data-testid={`explorer-count-${cwe.id}`}>
            <td>
              {cwe.id}
              {cwe.source === 'user' && <span className="explorer-chip">user</span>}
            </td>
            <td>{cwe.guidelines}</td>
            <td>{cwe.examples}</td>
            <td>{cwe.advisories}</td>
            {summary.languages.map((lang) => (
              <td key={lang}>{cwe.byLanguage[lang] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th>all</th>
          <th>{summary.totals.guidelines}</th>
          <th>{summary.totals.examples}</th>
          <th>{summary.totals.advisories}</th>
          {summary.languages.map((lang) => (
            <th key={lang}>{total(lang)}</th>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
