// CSV export of an evaluation: one row per run (resultsCsv) and one row per summary cell
// (summaryCsv: overall, per CWE and per language), for spreadsheets and plotting scripts.
import Papa from 'papaparse';
import type { TaskResult } from './TaskResult';
import type { Summary } from './summarise';
import { RATE_KEYS, summarise, summariseBy } from './summarise';

// Counts, the rates, then each rate's 95% interval as two columns (secureRateLow, secureRateHigh, ...).
const SUMMARY_HEADER = ['tasks', 'runs', 'errors', ...RATE_KEYS, ...RATE_KEYS.flatMap((k) => [`${k}Low`, `${k}High`])];

function summaryCells(s: Summary): unknown[] {
  return [
    s.tasks,
    s.runs,
    s.errors,
    ...RATE_KEYS.map((k) => s[k]),
    ...RATE_KEYS.flatMap((k) => [s.ci[k]?.[0] ?? null, s.ci[k]?.[1] ?? null]),
  ];
}

export function resultsCsv(results: readonly TaskResult[]): string {
  const header = [
    'id',
    'config',
    'model',
    'sample',
    'language',
    'cwe',
    'secure',
    'passed',
    'retrievalHit',
    'revision',
    'findings',
    'findingCwes',
    'findingsBefore',
    'chosenCwes',
    'testTimedOut',
    'testError',
    'error',
    'ms',
  ];
  const rows = results.map((r) => [
    r.id,
    r.config,
    r.model,
    r.sample ?? 0,
    r.language,
    r.cwe,
    r.secure,
    r.passed,
    r.retrievalHit,
    r.revision,
    r.findings.length,
    [...new Set(r.findings.map((f) => f.cwe))].join(';'),
    r.findingsBefore,
    r.cwes.join(';'),
    r.functional?.timedOut ?? null,
    r.functional?.error ?? null,
    r.error ? r.error.code : null,
    Math.round(r.ms),
  ]);
  return toCsv([header, ...rows]);
}

export function summaryCsv(results: readonly TaskResult[]): string {
  const rows: unknown[][] = [['scope', 'group', 'column', ...SUMMARY_HEADER]];
  const push = (scope: string, group: string, table: Record<string, Summary>): void => {
    for (const [column, s] of Object.entries(table)) rows.push([scope, group, column, ...summaryCells(s)]);
  };
  push('overall', 'all', summarise(results));
  for (const [cwe, table] of Object.entries(summariseBy(results, 'cwe'))) push('cwe', cwe, table);
  for (const [language, table] of Object.entries(summariseBy(results, 'language'))) push('language', language, table);
  return toCsv(rows);
}

/**
 * Test errors, ids and model text reach cells, so text starting with = + - @ tab or CR is prefixed with ' and quoted
 * (papaparse's escapeFormulae) to stop a spreadsheet from running it as a formula; numbers stay numbers (-0.5 is data).
 * null and undefined become empty cells. One '\n' per row, with a final one, so files concatenate and diff cleanly.
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return (
    Papa.unparse(
      rows.map((row) => [...row]),
      { escapeFormulae: true, newline: '\n', header: false },
    ) + '\n'
  );
}
