// CSV export of an evaluation: one row per run (resultsCsv) and one row per summary cell
// (summaryCsv: overall, per CWE and per language), for spreadsheets and plotting scripts.
import type { TaskResult } from './TaskResult';
import type { Summary } from './summarise';
import { summarise, summariseBy } from './summarise';

const SUMMARY_FIELDS = [
  'tasks', 'secureRate', 'passRate', 'securePass1', 'fixRate', 'introRate', 'noChangeRate', 'retrievalHitRate',
] as const satisfies readonly (keyof Summary)[];

export function resultsCsv(results: readonly TaskResult[]): string {
  const header = [
    'id', 'config', 'model', 'language', 'cwe', 'secure', 'passed', 'retrievalHit', 'revision',
    'findings', 'findingCwes', 'findingsBefore', 'chosenCwes', 'testTimedOut', 'testError', 'error', 'ms',
  ];
  const rows = results.map((r) => [
    r.id, r.config, r.model, r.language, r.cwe, r.secure, r.passed, r.retrievalHit, r.revision,
    r.findings.length, [...new Set(r.findings.map((f) => f.cwe))].join(';'), r.findingsBefore, r.cwes.join(';'),
    r.functional?.timedOut ?? null, r.functional?.error ?? null, r.error ? r.error.code : null, Math.round(r.ms),
  ]);
  return toCsv([header, ...rows]);
}

export function summaryCsv(results: readonly TaskResult[]): string {
  const rows: unknown[][] = [['scope', 'group', 'column', ...SUMMARY_FIELDS]];
  const push = (scope: string, group: string, table: Record<string, Summary>): void => {
    for (const [column, s] of Object.entries(table)) rows.push([scope, group, column, ...SUMMARY_FIELDS.map((f) => s[f])]);
  };
  push('overall', 'all', summarise(results));
  for (const [cwe, table] of Object.entries(summariseBy(results, 'cwe'))) push('cwe', cwe, table);
  for (const [language, table] of Object.entries(summariseBy(results, 'language'))) push('language', language, table);
  return toCsv(rows);
}

function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

/** Empty for null; quoted when the value holds a comma, quote or line break. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
