// Joint threshold search for the level-1 facets: tries every combination of candidate cuts, fuses
// each labelled task offline with gated reciprocal rank fusion, and keeps the combination with the
// best top-1 + top-4 recall among those that leave at least `minNone` neutral tasks with nothing
// injected. Per-facet calibration (calibrateThreshold) cannot see how the facets compete in the
// fusion; this can. Pure, so it is tested without the benchmark files.
import { ranksOf, round, type FusionSettings } from './fuseRanks';

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

interface PreparedRun {
  facet: string;
  ids: string[];
  scores: number[];
  contributions: number[];
}
interface PreparedTask {
  labels: readonly string[];
  runs: PreparedRun[];
  ungated: Map<string, number>;
}

/** Ranks do not depend on thresholds, so they are computed once per task (the search tries thousands of cuts). */
function prepare(ids: readonly string[], task: LabelledScores, settings: FusionSettings): PreparedTask {
  const ungated = new Map(ids.map((id) => [id, 0]));
  const runs = [...task.scores].map(([facet, scores]): PreparedRun => {
    const ranks = ranksOf(scores);
    const run: PreparedRun = { facet, ids: [], scores: [], contributions: [] };
    for (const [id, rank] of ranks) {
      if (!ungated.has(id)) continue;
      ungated.set(id, ungated.get(id)! + 1 / (settings.alpha + rank));
      if (rank <= settings.rankCap) {
        run.ids.push(id);
        run.scores.push(scores.get(id) ?? 0);
        run.contributions.push(1 / (settings.alpha + rank));
      }
    }
    return run;
  });
  return { labels: task.labels, runs, ungated };
}

/** The same order as fuseRanks (fused, then ungated RRF, then id), for the top `n` only. */
function fusedTop(
  ids: readonly string[],
  task: PreparedTask,
  thresholds: Record<string, number>,
): { top: string[]; none: boolean } {
  const fused = new Map<string, number>();
  for (const run of task.runs) {
    const t = thresholds[run.facet] ?? 0;
    for (let i = 0; i < run.ids.length; i += 1) {
      if (run.scores[i]! >= t) fused.set(run.ids[i]!, (fused.get(run.ids[i]!) ?? 0) + run.contributions[i]!);
    }
  }
  const order = [...ids].sort(
    (a, b) =>
      round(fused.get(b) ?? 0) - round(fused.get(a) ?? 0) ||
      task.ungated.get(b)! - task.ungated.get(a)! ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  return { top: order.slice(0, 4), none: fused.size === 0 };
}

function evaluatePrepared(
  ids: readonly string[],
  tasks: readonly PreparedTask[],
  thresholds: Record<string, number>,
): ThresholdChoice {
  let top1 = 0;
  let top4 = 0;
  let none = 0;
  for (const task of tasks) {
    const { top, none: silent } = fusedTop(ids, task, thresholds);
    if (task.labels.length === 0) {
      if (silent) none += 1;
      continue;
    }
    if (task.labels.includes(top[0]!)) top1 += 1;
    if (top.some((id) => task.labels.includes(id))) top4 += 1;
  }
  return { thresholds, top1, top4, none };
}

export function evaluateThresholds(
  ids: readonly string[],
  tasks: readonly LabelledScores[],
  thresholds: Record<string, number>,
  settings: FusionSettings,
): ThresholdChoice {
  return evaluatePrepared(
    ids,
    tasks.map((t) => prepare(ids, t, settings)),
    thresholds,
  );
}

export function chooseThresholds(
  ids: readonly string[],
  tasks: readonly LabelledScores[],
  candidates: Readonly<Record<string, readonly number[]>>,
  settings: FusionSettings,
  minNone: number,
): ThresholdChoice | null {
  const facets = Object.keys(candidates).sort();
  const prepared = tasks.map((t) => prepare(ids, t, settings));
  let best: ThresholdChoice | null = null;
  let bestStrictness = -Infinity;
  const visit = (i: number, chosen: Record<string, number>, strictness: number): void => {
    if (i === facets.length) {
      const r = evaluatePrepared(ids, prepared, { ...chosen });
      if (r.none < minNone) return;
      const gain = best ? r.top1 + r.top4 - (best.top1 + best.top4) : 1;
      // Ties go to the stricter combination (higher cuts): the same recall with fewer weak votes.
      if (gain > 0 || (gain === 0 && strictness > bestStrictness)) {
        best = r;
        bestStrictness = strictness;
      }
      return;
    }
    const facet = facets[i]!;
    const cuts = [...new Set(candidates[facet] ?? [])].sort((a, b) => a - b);
    cuts.forEach((cut, k) => visit(i + 1, { ...chosen, [facet]: cut }, strictness + k / Math.max(1, cuts.length - 1)));
  };
  visit(0, {}, 0);
  return best;
}
