// Metrics over task results, per configuration (and model), overall and broken down by CWE,
// language or task. Every rate is in 0..1, or null where it does not apply (docs/evaluation.md).
import type { TaskResult } from './TaskResult';
import { aggregateRevisionMetrics } from '../revision/revisionMetrics';

export interface Summary {
  tasks: number;
  /** Runs whose final code has no analyser finding, over all runs. */
  secureRate: number | null;
  /** Runs whose functional tests passed, over runs with tests. */
  passRate: number | null;
  /** Runs both secure and passing, over runs with tests. */
  securePass1: number | null;
  /** Over runs where revision ran: findings of the first code gone from the final code, pooled over all findings before. */
  fixRate: number | null;
  /** Over runs where revision ran: share of runs whose final code has a finding the first code did not. */
  introRate: number | null;
  /** Over runs where revision ran: share of runs whose code was kept as it was. */
  noChangeRate: number | null;
  /** Runs whose labelled CWE is among the chosen CWEs, over labelled runs with knowledge. */
  retrievalHitRate: number | null;
}

export type SummaryTable = Record<string, Summary>;

export function summariseResults(results: readonly TaskResult[]): Summary {
  const tested = results.filter((r) => r.passed !== null);
  const revised = results.flatMap((r) => {
    const m = r.revisionMetrics;
    return m ? [{ ...m, fixRate: m.findingsBefore ? m.fixed / m.findingsBefore : null }] : [];
  });
  // The shared definitions of the revision pane (revisionMetrics.ts), so both report the same numbers.
  const revision = aggregateRevisionMetrics(revised);
  const labelled = results.filter((r) => r.retrievalHit !== null);
  return {
    tasks: results.length,
    secureRate: rate(results, (r) => r.secure),
    passRate: rate(tested, (r) => r.passed === true),
    securePass1: rate(tested, (r) => r.passed === true && r.secure),
    fixRate: round(revision.fixRate),
    introRate: round(revision.introRate),
    noChangeRate: round(revision.noChangeRate),
    retrievalHitRate: rate(labelled, (r) => r.retrievalHit === true),
  };
}

/** The column a result belongs to: its configuration, prefixed by the model when several models ran. */
export function columnKeyFor(results: readonly TaskResult[]): (r: TaskResult) => string {
  const several = new Set(results.map((r) => r.model)).size > 1;
  return several ? (r) => `${r.model}/${r.config}` : (r) => r.config;
}

/** The report's summary (docs/evaluation.md): one Summary per configuration (per model/configuration with several models). */
export function summarise(results: readonly TaskResult[]): SummaryTable {
  const key = columnKeyFor(results);
  const table: SummaryTable = {};
  for (const [column, group] of groupBy(results, key)) table[column] = summariseResults(group);
  return table;
}

export type Breakdown = 'cwe' | 'language' | 'task';

/** Per CWE, language or task: group -> column -> Summary. Tasks without a CWE label group under "none". */
export function summariseBy(results: readonly TaskResult[], by: Breakdown): Record<string, SummaryTable> {
  const groupOf = (r: TaskResult): string => (by === 'cwe' ? (r.cwe ?? 'none') : by === 'language' ? r.language : r.id);
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
  return round(items.filter(ok).length / items.length);
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10000) / 10000;
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
