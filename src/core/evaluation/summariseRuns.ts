// The metrics of one group of runs (a configuration, or a configuration within a CWE, language or task):
// rates over the scored runs only, secure@k and secure-pass@k over tasks, and a 95% Wilson interval each.
import type { TaskResult } from './TaskResult';
import { aggregateRevisionMetrics } from '../revision/revisionMetrics';
import { meanPassAtK, type SampleCount } from './passAtK';
import { wilsonInterval } from './wilsonInterval';

export const RATE_KEYS = [
  'secureRate',
  'passRate',
  'securePass1',
  'secureAtK',
  'securePassAtK',
  'fixRate',
  'introRate',
  'noChangeRate',
  'retrievalHitRate',
  'securityPassRate',
  'securityPassAtK',
] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export type Summary = {
  /** Distinct tasks in the group; `runs` counts every run, `errors` the runs that failed (left out of every rate). */
  tasks: number;
  runs: number;
  errors: number;
} & Record<RateKey, number | null> & {
    /** 95% Wilson interval of each rate; null where the rate is null. */
    ci: Record<RateKey, [number, number] | null>;
  };

interface Count {
  num: number;
  den: number;
}

const count = <T>(items: readonly T[], ok: (item: T) => boolean): Count => ({
  num: items.filter(ok).length,
  den: items.length,
});

/** Per task: scored samples and successes, for the pass@k estimators. */
function perTask(runs: readonly TaskResult[], ok: (r: TaskResult) => boolean): SampleCount[] {
  const byTask = new Map<string, SampleCount>();
  for (const r of runs) {
    const c = byTask.get(r.id) ?? { n: 0, c: 0 };
    c.n += 1;
    if (ok(r)) c.c += 1;
    byTask.set(r.id, c);
  }
  return [...byTask.values()];
}

/** A task-averaged estimate as a count: its interval then has the tasks as unit (conservative, see docs). */
function atK(counts: readonly SampleCount[], k: number): Count | null {
  const { value, tasks } = meanPassAtK(counts, k);
  return value === null ? null : { num: value * tasks, den: tasks };
}

/** `k` is the k of secure@k: the number of samples per task the suite asked for. */
export function summariseRuns(results: readonly TaskResult[], k = 1): Summary {
  const scored = results.filter((r) => !r.error);
  const tested = scored.filter((r) => r.passed !== null);
  const securePass = (r: TaskResult): boolean => r.passed === true && r.secure === true;
  const revised = scored.flatMap((r) => (r.revisionMetrics ? [r.revisionMetrics] : []));
  // The shared definitions of the revision pane (revisionMetrics.ts), so both report the same counts.
  const revision = aggregateRevisionMetrics(revised.map((m) => ({ ...m, fixRate: null })));
  // The second judge: the task's own security tests, over runs where they ran (never inferred).
  const securityTested = scored.filter((r) => typeof r.securityTestsPassed === 'boolean');
  const bothTested = securityTested.filter((r) => r.passed !== null);
  const counts: Record<RateKey, Count | null> = {
    secureRate: count(scored, (r) => r.secure === true),
    passRate: count(tested, (r) => r.passed === true),
    securePass1: count(tested, securePass),
    secureAtK: atK(
      perTask(scored, (r) => r.secure === true),
      k,
    ),
    securePassAtK: atK(perTask(tested, securePass), k),
    fixRate: { num: revision.fixed, den: revision.findingsBefore },
    introRate: count(revised, (m) => m.introduced > 0),
    noChangeRate: count(revised, (m) => m.unchanged),
    retrievalHitRate: count(
      scored.filter((r) => r.retrievalHit !== null),
      (r) => r.retrievalHit === true,
    ),
    securityPassRate: count(securityTested, (r) => r.securityTestsPassed === true),
    // secure-pass@k with "secure" judged by the security tests instead of the analyser.
    securityPassAtK: atK(
      perTask(bothTested, (r) => r.passed === true && r.securityTestsPassed === true),
      k,
    ),
  };
  const summary = {
    tasks: new Set(results.map((r) => r.id)).size,
    runs: results.length,
    errors: results.length - scored.length,
  } as Summary;
  const ci = {} as Summary['ci'];
  for (const key of RATE_KEYS) {
    const c = counts[key];
    const has = c !== null && c.den > 0;
    summary[key] = has ? round(c.num / c.den) : null;
    // A task-averaged estimate gives a fractional count, which Wilson's formula takes as well; the rounding
    // only removes float dust so the count never exceeds its denominator.
    const interval = has ? wilsonInterval(Math.round(c.num * 1e9) / 1e9, c.den) : null;
    ci[key] = interval ? [round(interval[0]), round(interval[1])] : null;
  }
  summary.ci = ci;
  return summary;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
