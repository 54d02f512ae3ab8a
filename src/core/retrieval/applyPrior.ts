// The prior as a multiplier of the fused evidence: prior x likelihood. A CWE with little evidence
// gains little, so the prior reorders close candidates without lifting a weakness the task never
// points at (an additive RRF list would give every Top 25 CWE the same lift on every task).
import { byFused, round, type FusedItem, type FusionSettings } from './fuseRanks';

export interface PriorSettings extends FusionSettings {
  priorVote: number;
  thresholds: Record<string, number>;
}

export function applyPrior(
  items: readonly FusedItem[],
  prior: ReadonlyMap<string, number>,
  settings: PriorSettings,
): FusedItem[] {
  const threshold = settings.thresholds.prior ?? 1;
  return items
    .map((item) => {
      const raw = prior.get(item.id) ?? 0;
      const score = (settings as { priorFlat?: boolean }).priorFlat && raw > 0 ? 1 : raw;
      const contribution = item.fused * settings.priorVote * score;
      return {
        ...item,
        fused: round(item.fused + contribution),
        facets: [
          ...item.facets,
          {
            facet: 'prior',
            score: round(score),
            rank: null,
            threshold,
            passed: false,
            contribution: round(contribution),
          },
        ],
      };
    })
    .sort(byFused);
}
