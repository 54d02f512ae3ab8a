// Metrics over task results, per configuration (and model), overall and broken down by CWE,
// language or task. Every rate is in 0..1, or null where it does not apply (docs/evaluation.md).
import type { TaskResult } from './TaskResult';

export interface Summary {
  tasks: number;
  /** Runs whose final code has no analyser finding, over all runs. */
  secureRate: number | null;
  /** Runs whose functional tests passed, over runs with tests. */
  passRate: number | null;
  /** Runs both secure and passing, over runs with tests. */
  securePass1: number | null;
  /** Over runs where revision ran: insecure first code made secure. */
  fixRate: number | null;
  /** Over runs where revision ran: secure first code made insecure. */
  introRate: number | null;
  /** Over runs where revision ran: the verdict stayed the same. */
  noChangeRate: number | null;
  /** Runs whose labelled CWE is among the chosen CWEs, over labelled runs with knowledge. */
  retrievalHitRate: number | null;
}

export type SummaryTable = Record<string, Summary>;

export function summariseResults(results: readonly TaskResult[]): Summary {
  const tested = results.filter((r) => r.passed !== null);
  const revised = results.filter((r) => r.revision !== null);
  const labelled = results.filter((r) => r.retrievalHit !== null);
  return {
    tasks: results.length,
    secureRate: rate(results, (r) => r.secure),
    passRate: rate(tested, (r) => r.passed === true),
    securePass1: rate(tested, (r) => r.passed === true && r.secure),
    fixRate: rate(revised, (r) => r.revision === 'fix'),
    introRate: rate(revised, (r) => r.revision === 'intro'),
    noChangeRate: rate(revised, (r) => r.revision === 'no-change'),
    retrievalHitRate: rate(labelled, (r) => r.retrievalHit === true),
  };
}

/** The column a result belongs to: its configuration, prefixed by the model when several models ran. */
export function columnKeyFor(results: readonly TaskResult[]): (r: TaskResult) => string {
  const several = new Set(results.map((r) => r.model)).size > 1;
  return several ? (r) => `${r.model}/${r.config}` : (r) => r.config;
}

/** The DESIGN.md summary: one Summary per configuration (per model/configuration with several models). */
export function summarise(results: readonly TaskResult[]): SummaryTable {
  const key = columnKeyFor(results);
  const table: SummaryTable = {};
  for (const [column, group] of groupBy(results, key)) table[column] = summariseResults(group);
  return table;
}

export type Breakdown = 'cwe' | 'language' | 'task';

/** Per CWE, language or task: group -> column -> Summary. Tasks without a CWE label group under "none". */
export function summariseBy(results: readonly TaskResult[], by: Breakdown): Record<string, SummaryTable> {
  const groupOf = (r: TaskResult): string => (by === 'cwe' ? r.cwe ?? 'none' : by === 'language' ? r.language : r.id);
  const out: Record<string, SummaryTable> = {};
  const sorted = [...groupBy(results, groupOf)].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const key = columnKeyFor(results);
  for (const [group, members] of sorted) {
    const table: SummaryTable = {};
    for (const [column, cell] of groupBy(members, key)) table[column] = summariseResults(cell);
    out[group] = table;
  }
  return out;
}

function rate<T>(items: readonly T[], ok: (item: T) => boolean): number | null {
  if (items.length === 0) return null;
  return Math.round((items.filter(ok).length / items.length) * 10000) / 10000;
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
