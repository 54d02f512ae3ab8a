// Is a configuration's gain over another more than noise? Both ran the same tasks, so the comparison
// is paired per task and tested with the exact McNemar (sign) test over the tasks where they differ.
import type { TaskResult } from './TaskResult';
import { exactMcNemar } from './exactMcNemar';

export type ComparedMetric = 'secure' | 'securePass';

export interface PairedComparison {
  model: string;
  /** The reference configuration (baseline when it ran) and the one compared with it. */
  a: string;
  b: string;
  metric: ComparedMetric;
  /** Tasks with at least one scored (error-free) run under both configurations. */
  tasks: number;
  /** Tasks where A's success share over its samples is higher, where B's is, and where they are equal. */
  aBetter: number;
  bBetter: number;
  ties: number;
  /** Two-sided exact McNemar p-value over the aBetter + bBetter discordant tasks. */
  pValue: number;
  /** pValue < 0.05: the difference is unlikely to be noise alone. */
  significant: boolean;
}

const SUCCESS: Record<ComparedMetric, (r: TaskResult) => boolean | null> = {
  secure: (r) => r.secure,
  // Only runs with functional tests have a secure-pass outcome.
  securePass: (r) => (r.passed === null ? null : r.passed && r.secure === true),
};

/** Per task, the share of scored runs that succeed (with one sample: 0 or 1, McNemar's paired outcome). */
function taskShares(runs: readonly TaskResult[], metric: ComparedMetric): Map<string, number> {
  const counts = new Map<string, { n: number; c: number }>();
  for (const r of runs) {
    const ok = r.error ? null : SUCCESS[metric](r);
    if (ok === null) continue;
    const count = counts.get(r.id) ?? { n: 0, c: 0 };
    count.n += 1;
    if (ok) count.c += 1;
    counts.set(r.id, count);
  }
  return new Map([...counts].map(([id, { n, c }]) => [id, c / n]));
}

export function compareConfigs(
  results: readonly TaskResult[],
  model: string,
  a: string,
  b: string,
  metric: ComparedMetric,
): PairedComparison {
  const of = (config: string): Map<string, number> =>
    taskShares(
      results.filter((r) => r.model === model && r.config === config),
      metric,
    );
  const shareA = of(a);
  const shareB = of(b);
  let aBetter = 0;
  let bBetter = 0;
  let ties = 0;
  for (const [id, sa] of shareA) {
    const sb = shareB.get(id);
    if (sb === undefined) continue;
    if (sa > sb) aBetter += 1;
    else if (sb > sa) bBetter += 1;
    else ties += 1;
  }
  const pValue = round(exactMcNemar(aBetter, bBetter));
  return {
    model,
    a,
    b,
    metric,
    tasks: aBetter + bBetter + ties,
    aBetter,
    bBetter,
    ties,
    pValue,
    significant: pValue < 0.05,
  };
}

/** Every configuration against the reference one (baseline when it ran, else the first), per model and metric. */
export function pairedComparisons(results: readonly TaskResult[]): PairedComparison[] {
  const models = [...new Set(results.map((r) => r.model))];
  return models.flatMap((model) => {
    const configs = [...new Set(results.filter((r) => r.model === model).map((r) => r.config))];
    const reference = configs.includes('baseline') ? 'baseline' : configs[0];
    const others = configs.filter((c) => c !== reference);
    return others.flatMap((b) =>
      (['secure', 'securePass'] as const)
        .map((metric) => compareConfigs(results, model, reference!, b, metric))
        .filter((c) => c.tasks > 0),
    );
  });
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
