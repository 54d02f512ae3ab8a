// Metrics over task results, per configuration (and model), overall and broken down by CWE,
// language or task. Every rate is in 0..1, or null where it does not apply (docs/evaluation.md).
import type { TaskResult } from './TaskResult';
import { summariseRuns, type Summary } from './summariseRuns';

export type { Summary, RateKey } from './summariseRuns';
export { RATE_KEYS } from './summariseRuns';

export type SummaryTable = Record<string, Summary>;

/** The k of secure@k: the most samples any task has (its sample index + 1); 1 for a one-sample suite. */
export function samplesPerTask(results: readonly TaskResult[]): number {
  return results.reduce((k, r) => Math.max(k, (r.sample ?? 0) + 1), 1);
}

/** One group's Summary; k defaults to the group's samples per task. */
export function summariseResults(results: readonly TaskResult[], k = samplesPerTask(results)): Summary {
  return summariseRuns(results, k);
}

/** The column a result belongs to: its configuration, prefixed by the model when several models ran. */
export function columnKeyFor(results: readonly TaskResult[]): (r: TaskResult) => string {
  const several = new Set(results.map((r) => r.model)).size > 1;
  return several ? (r) => `${r.model}/${r.config}` : (r) => r.config;
}

/** The report's summary (docs/evaluation.md): one Summary per configuration (per model/configuration with several models). */
export function summarise(results: readonly TaskResult[], k = samplesPerTask(results)): SummaryTable {
  const key = columnKeyFor(results);
  const table: SummaryTable = {};
  for (const [column, group] of groupBy(results, key)) table[column] = summariseRuns(group, k);
  return table;
}

export type Breakdown = 'cwe' | 'language' | 'task';

/** Per CWE, language or task: group -> column -> Summary. Tasks without a CWE label group under "none". */
export function summariseBy(
  results: readonly TaskResult[],
  by: Breakdown,
  k = samplesPerTask(results),
): Record<string, SummaryTable> {
  const groupOf = (r: TaskResult): string => (by === 'cwe' ? (r.cwe ?? 'none') : by === 'language' ? r.language : r.id);
  const out: Record<string, SummaryTable> = {};
  const sorted = [...groupBy(results, groupOf)].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const key = columnKeyFor(results);
  for (const [group, members] of sorted) {
    const table: SummaryTable = {};
    for (const [column, cell] of groupBy(members, key)) table[column] = summariseRuns(cell, k);
    out[group] = table;
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
