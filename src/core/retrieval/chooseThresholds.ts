// Joint threshold search for the level-1 facets: tries every combination of candidate cuts, fuses
// each labelled task offline with gated reciprocal rank fusion, and keeps the combination with the
// best top-1 + top-4 recall among those that leave at least `minNone` neutral tasks with nothing
// injected. Per-facet calibration (calibrateThreshold) cannot see how the facets compete in the
// fusion; this can. Pure, so it is tested without the benchmark files.
import { fuseRanks, type FacetRun, type FusionSettings } from './fuseRanks';

/** One task's raw scores: facet -> item id -> score. */
export type TaskScores = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface LabelledScores {
  scores: TaskScores;
  /** Right answers; empty for a task that needs no security knowledge. */
  labels: readonly string[];
}

export interface ThresholdChoice {
  thresholds: Record<string, number>;
  top1: number;
  top4: number;
  /** Neutral tasks whose outcome is "none". */
  none: number;
}

export function evaluateThresholds(ids: readonly string[], tasks: readonly LabelledScores[], thresholds: Record<string, number>, settings: FusionSettings): ThresholdChoice {
  let top1 = 0; let top4 = 0; let none = 0;
  for (const task of tasks) {
    const runs: FacetRun[] = [...task.scores].map(([facet, scores]) => ({ facet, scores, threshold: thresholds[facet] ?? 0 }));
    const fused = fuseRanks(ids, runs, settings);
    if (task.labels.length === 0) { if (fused.every((f) => f.fused === 0)) none += 1; continue; }
    if (task.labels.includes(fused[0]!.id)) top1 += 1;
    if (fused.slice(0, 4).some((f) => task.labels.includes(f.id))) top4 += 1;
  }
  return { thresholds, top1, top4, none };
}

export function chooseThresholds(
  ids: readonly string[],
  tasks: readonly LabelledScores[],
  candidates: Readonly<Record<string, readonly number[]>>,
  settings: FusionSettings,
  minNone: number,
): ThresholdChoice | null {
  const facets = Object.keys(candidates).sort();
  let best: ThresholdChoice | null = null;
  let bestStrictness = -Infinity;
  const visit = (i: number, chosen: Record<string, number>, strictness: number): void => {
    if (i === facets.length) {
      const r = evaluateThresholds(ids, tasks, { ...chosen }, settings);
      if (r.none < minNone) return;
      const gain = best ? r.top1 + r.top4 - (best.top1 + best.top4) : 1;
      // Ties go to the stricter combination (higher cuts): the same recall with fewer weak votes.
      if (gain > 0 || (gain === 0 && strictness > bestStrictness)) { best = r; bestStrictness = strictness; }
      return;
    }
    const facet = facets[i]!;
    const cuts = [...new Set(candidates[facet] ?? [])].sort((a, b) => a - b);
    cuts.forEach((cut, k) => visit(i + 1, { ...chosen, [facet]: cut }, strictness + k / Math.max(1, cuts.length - 1)));
  };
  visit(0, {}, 0);
  return best;
}
