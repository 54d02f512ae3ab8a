// Derives a facet threshold from data: the cut that best separates the scores the facet gives the
// right CWE on labelled security tasks (positives) from the best score it gives any CWE on tasks
// that need no security knowledge (negatives), by Youden's J = true-positive rate - false-positive
// rate. Used by scripts/calibrateThresholds.ts; pure so it is tested without the benchmark files.
export interface Calibration {
  threshold: number;
  /** Share of positives at or above the threshold. */
  tpr: number;
  /** Share of negatives at or above the threshold. */
  fpr: number;
  positives: number;
  negatives: number;
}

function shareAtLeast(sorted: readonly number[], t: number): number {
  if (sorted.length === 0) return 0;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return (sorted.length - lo) / sorted.length;
}

/**
 * Candidate cuts are midpoints between neighbouring distinct scores (a cut at a data point would
 * depend on float noise). Scores <= 0 never pass (the facet did not rank the item), so the lowest
 * cut is just above 0. Ties in J go to the higher cut: fewer false alarms for the same recall gain.
 */
export function calibrateThreshold(
  positives: readonly number[],
  negatives: readonly number[],
  decimals = 3,
): Calibration {
  const pos = positives.filter((x) => x > 0).sort((a, b) => a - b);
  const neg = negatives.filter((x) => x > 0).sort((a, b) => a - b);
  const values = [...new Set([...pos, ...neg])].sort((a, b) => a - b);
  const cuts = [Number.EPSILON, ...values.slice(1).map((v, i) => (v + values[i]!) / 2), (values.at(-1) ?? 0) + 1];
  const scale = 10 ** decimals;
  let best: Calibration = {
    threshold: Infinity,
    tpr: 0,
    fpr: 0,
    positives: positives.length,
    negatives: negatives.length,
  };
  let bestJ = -Infinity;
  for (const raw of cuts) {
    const cut = Math.max(1 / scale, Math.round(raw * scale) / scale);
    const tpr = (shareAtLeast(pos, cut) * pos.length) / Math.max(1, positives.length);
    const fpr = (shareAtLeast(neg, cut) * neg.length) / Math.max(1, negatives.length);
    const j = tpr - fpr;
    if (j > bestJ + 1e-12 || (Math.abs(j - bestJ) <= 1e-12 && cut > best.threshold)) {
      bestJ = j;
      best = { threshold: cut, tpr, fpr, positives: positives.length, negatives: negatives.length };
    }
  }
  return best;
}
