// Reciprocal rank fusion. Every facet's verdict on an item (score passes the facet's threshold and
// rank within the cap) is recorded either way; the mode says what the verdicts do to the order:
// 'gated' (guidelines, examples): a facet adds 1/(alpha + rank) only when it passed, ungated RRF
// breaks ties; 'full' (CWEs): every facet's full ranking adds, so a weak vote that passes a cut
// cannot outrank strong evidence just under one, and the verdicts only decide what is injected.
import type { FacetScore } from './RetrievalRecord';

export interface FacetRun {
  facet: string;
  /** Score per item id; absent or <= 0 means the facet did not rank the item. */
  scores: ReadonlyMap<string, number>;
  threshold: number;
  /** 'full' mode: the share of a full vote a score earns (API facets: weak evidence votes weakly); 1 by default. */
  vote?: (score: number) => number;
  /** Orders only: never passes, so it never decides what is injected (its cut is not calibrated). */
  rankingOnly?: boolean;
  /** What the facet matched per item, copied into the trace (API facets). */
  evidence?: ReadonlyMap<string, readonly string[]>;
}

export interface FusedItem {
  id: string;
  fused: number;
  /** RRF over every ranked facet, ignoring thresholds and the cap. */
  ungated: number;
  facets: FacetScore[];
  /** At least one facet passed its threshold within the cap. */
  passed: boolean;
}

export type FusionMode = 'gated' | 'full';

export interface FusionSettings {
  alpha: number;
  rankCap: number;
}

/** Competition ranks ("1, 2, 2, 4"): equal scores share a rank, so a tie is never broken by id order. */
export function ranksOf(scores: ReadonlyMap<string, number>): Map<string, number> {
  const ranked = [...scores.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out = new Map<string, number>();
  ranked.forEach(([id, score], i) => {
    const prev = i > 0 ? ranked[i - 1]! : undefined;
    out.set(id, prev && prev[1] === score ? out.get(prev[0])! : i + 1);
  });
  return out;
}

export function fuseRanks(
  ids: readonly string[],
  runs: readonly FacetRun[],
  settings: FusionSettings,
  mode: FusionMode = 'gated',
): FusedItem[] {
  const ranks = runs.map((run) => ranksOf(run.scores));
  const items = ids.map((id) => {
    let fused = 0;
    let ungated = 0;
    let anyPassed = false;
    const facets = runs.map((run, i): FacetScore => {
      const score = run.scores.get(id) ?? 0;
      const rank = ranks[i]!.get(id) ?? null;
      const passed = !run.rankingOnly && rank !== null && score >= run.threshold && rank <= settings.rankCap;
      const counts = mode === 'full' ? rank !== null : passed;
      const weight = mode === 'full' && run.vote ? run.vote(score) : 1;
      const contribution = counts ? weight / (settings.alpha + rank!) : 0;
      fused += contribution;
      anyPassed ||= passed;
      if (rank !== null) ungated += 1 / (settings.alpha + rank);
      const out: FacetScore = {
        facet: run.facet,
        score: round(score),
        rank,
        threshold: run.threshold,
        passed,
        contribution: round(contribution),
      };
      const evidence = run.evidence?.get(id);
      return evidence && evidence.length > 0 ? { ...out, evidence: [...evidence] } : out;
    });
    return { id, fused: round(fused), ungated, facets, passed: anyPassed };
  });
  return items.sort(byFused);
}

/** Fused score first, then the unweighted RRF, then the id (a stable order for equal items). */
export function byFused(a: FusedItem, b: FusedItem): number {
  return b.fused - a.fused || b.ungated - a.ungated || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** "text:bm25 #1, api #3" for the facets that passed. */
export function passedSummary(facets: readonly FacetScore[]): string {
  return facets
    .filter((f) => f.passed)
    .map((f) => `${f.facet} #${f.rank}`)
    .join(', ');
}

/** "text:vector #1, text:bm25 #3" for the facets that ranked the item within the best ten, best first. */
export function rankedSummary(facets: readonly FacetScore[]): string {
  const ranked = facets.filter((f) => f.rank !== null && f.rank <= 10).sort((a, b) => a.rank! - b.rank!);
  return ranked.map((f) => `${f.facet} #${f.rank}`).join(', ') || 'no facet in its best ten';
}
