// Joint threshold search for the level-1 facets. The order is RRF over every facet's full ranking
// (as fuseRanks 'full', without the API vote scale), so cuts cannot change top-1/top-4; they decide
// which of the top 4 are injected. Every combination of candidate cuts is tried and the one that
// injects a labelled CWE on the most tasks wins among those that leave at least `minNone` neutral
// tasks with nothing injected. Pure, so it is tested without the benchmark files.
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
  /** Labelled tasks on which a labelled CWE is injected (in the top 4 and passing a cut). */
  injected: number;
  /** Neutral tasks whose outcome is "none". */
  none: number;
}

interface PreparedRun {
  facet: string;
  ids: string[];
  scores: number[];
}
interface PreparedTask {
  labels: readonly string[];
  runs: PreparedRun[];
  /** The order, which no cut changes: full RRF, then id. */
  top: string[];
}

/** Ranks do not depend on thresholds, so they are computed once per task (the search tries thousands of cuts). */
function prepare(ids: readonly string[], task: LabelledScores, settings: FusionSettings): PreparedTask {
  const ungated = new Map(ids.map((id) => [id, 0]));
  const runs = [...task.scores].map(([facet, scores]): PreparedRun => {
    const ranks = ranksOf(scores);
    const run: PreparedRun = { facet, ids: [], scores: [] };
    for (const [id, rank] of ranks) {
      if (!ungated.has(id)) continue;
      ungated.set(id, ungated.get(id)! + 1 / (settings.alpha + rank));
      if (rank <= settings.rankCap) {
        run.ids.push(id);
        run.scores.push(scores.get(id) ?? 0);
      }
    }
    return run;
  });
  const top = [...ids]
    .sort((a, b) => round(ungated.get(b)!) - round(ungated.get(a)!) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 4);
  return { labels: task.labels, runs, top };
}

/** The top 4 (fixed) and which of them pass some facet's cut within the cap. */
function injectedOf(task: PreparedTask, thresholds: Record<string, number>): string[] {
  const passed = new Set<string>();
  for (const run of task.runs) {
    const t = thresholds[run.facet] ?? 0;
    for (let i = 0; i < run.ids.length; i += 1) if (run.scores[i]! >= t) passed.add(run.ids[i]!);
  }
  return task.top.filter((id) => passed.has(id));
}

function evaluatePrepared(
  ids: readonly string[],
  tasks: readonly PreparedTask[],
  thresholds: Record<string, number>,
): ThresholdChoice {
  let top1 = 0;
  let top4 = 0;
  let injected = 0;
  let none = 0;
  for (const task of tasks) {
    const chosen = injectedOf(task, thresholds);
    if (task.labels.length === 0) {
      if (chosen.length === 0) none += 1;
      continue;
    }
    if (task.top.length > 0 && task.labels.includes(task.top[0]!)) top1 += 1;
    if (task.top.some((id) => task.labels.includes(id))) top4 += 1;
    if (chosen.some((id) => task.labels.includes(id))) injected += 1;
  }
  return { thresholds, top1, top4, injected, none };
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
      const gain = best ? r.injected - best.injected : 1;
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
