// The 95% Wilson score interval of a proportion: unlike the normal approximation it stays inside 0..1
// and is usable for small counts and for rates of 0 or 1, which a suite of 60 tasks often has.

/** The two-sided 97.5% quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

/** [lower, upper] for `successes` out of `n`; null when n is 0 (no rate, no interval). */
export function wilsonInterval(successes: number, n: number, z = Z_95): [number, number] | null {
  if (n < 0 || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval needs 0 <= successes <= n (got ${successes} of ${n})`);
  }
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Clamp the floating-point dust at the ends (0 successes gives a lower bound of -1e-17).
  return [Math.max(0, centre - margin), Math.min(1, centre + margin)];
}
