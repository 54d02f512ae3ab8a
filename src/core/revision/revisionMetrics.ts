// Fix / Intro / No-Change of a revision, judged by our analyser: per run (one code version to the
// next) and aggregated over a suite. Findings are matched by rule and CWE, not by line, because a
// revision moves lines; a rule firing twice before and once after counts one fix. Notes (tier 'note') count in
// none of these numbers.
import type { Finding } from '../analysis/Finding';
import { countedFindings } from '../analysis/countedFindings';

export interface RevisionMetrics {
  findingsBefore: number;
  findingsAfter: number;
  /** Findings present before and gone after. */
  fixed: number;
  /** Findings new after (not present before). */
  introduced: number;
  /** The code was kept as it was (the model answered "no change", or returned the same code). */
  unchanged: boolean;
  /** fixed / findingsBefore; null when there was nothing to fix. */
  fixRate: number | null;
}

export interface RevisionRates {
  runs: number;
  findingsBefore: number;
  fixed: number;
  introduced: number;
  /** Pooled: fixed findings over findings before, across runs; null when no run had findings. */
  fixRate: number | null;
  /** Share of runs in which revision introduced at least one new finding. */
  introRate: number | null;
  /** Share of runs in which the code was kept unchanged. */
  noChangeRate: number | null;
  judgedBy: 'our analyser';
}

function counts(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(`${f.rule}|${f.cwe}`, (out.get(`${f.rule}|${f.cwe}`) ?? 0) + 1);
  return out;
}

export function revisionMetrics(
  allBefore: readonly Finding[],
  allAfter: readonly Finding[],
  unchanged: boolean,
): RevisionMetrics {
  const before = countedFindings(allBefore);
  const after = countedFindings(allAfter);
  const b = counts(before);
  const a = counts(after);
  let fixed = 0;
  let introduced = 0;
  for (const [key, n] of b) fixed += Math.max(0, n - (a.get(key) ?? 0));
  for (const [key, n] of a) introduced += Math.max(0, n - (b.get(key) ?? 0));
  return {
    findingsBefore: before.length,
    findingsAfter: after.length,
    fixed,
    introduced,
    unchanged,
    fixRate: before.length ? fixed / before.length : null,
  };
}

export function aggregateRevisionMetrics(runs: readonly RevisionMetrics[]): RevisionRates {
  const findingsBefore = sum(runs, (r) => r.findingsBefore);
  const fixed = sum(runs, (r) => r.fixed);
  return {
    runs: runs.length,
    findingsBefore,
    fixed,
    introduced: sum(runs, (r) => r.introduced),
    fixRate: findingsBefore ? fixed / findingsBefore : null,
    introRate: runs.length ? runs.filter((r) => r.introduced > 0).length / runs.length : null,
    noChangeRate: runs.length ? runs.filter((r) => r.unchanged).length / runs.length : null,
    judgedBy: 'our analyser',
  };
}

function sum<T>(list: readonly T[], f: (item: T) => number): number {
  return list.reduce((n, item) => n + f(item), 0);
}
