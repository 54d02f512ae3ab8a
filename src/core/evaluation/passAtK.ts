// The unbiased pass@k estimator (1 - C(n-c, k) / C(n, k)): the chance that at least one of k samples,
// drawn without replacement from a task's n scored samples of which c succeeded, succeeds.

/**
 * pass@k for one task, computed as 1 - prod_{i=n-c+1..n} (1 - k/i): the binomial coefficients overflow
 * for n in the hundreds, the product does not. Null when the task has fewer than k scored samples
 * (the estimator is undefined there, and shrinking k would bias it).
 */
export function passAtK(n: number, c: number, k: number): number | null {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k) || k < 1 || c < 0 || c > n) {
    throw new RangeError(`passAtK needs integers 0 <= c <= n and k >= 1 (got n=${n}, c=${c}, k=${k})`);
  }
  if (n < k) return null;
  // Every draw of k contains a success when fewer than k failures exist.
  if (n - c < k) return 1;
  let allFail = 1;
  for (let i = n - c + 1; i <= n; i += 1) allFail *= 1 - k / i;
  return 1 - allFail;
}

/** One task's counts: n scored samples, c of them successes. */
export interface SampleCount {
  n: number;
  c: number;
}

/**
 * The suite's pass@k: the mean of the per-task estimates over the tasks with at least k scored samples
 * (`tasks` says how many that is). Null when no task has k scored samples.
 */
export function meanPassAtK(counts: readonly SampleCount[], k: number): { value: number | null; tasks: number } {
  const estimates = counts.flatMap(({ n, c }) => {
    const v = passAtK(n, c, k);
    return v === null ? [] : [v];
  });
  if (estimates.length === 0) return { value: null, tasks: 0 };
  return { value: estimates.reduce((a, b) => a + b, 0) / estimates.length, tasks: estimates.length };
}
