// Hierarchy-aware fusion: evidence for several children of one CWE is evidence for that CWE too
// (120, 121, 122 and 787 all scored says "a buffer overflow", CWE-119). A parent gains a share of its
// children's fused evidence, so a family whose members split the vote does not lose to one narrow
// unrelated weakness; a child keeps its own score and id, so the ranking still names the labelled CWE.
import type { CweHierarchy } from '../cwe/createCweHierarchy';
import { byFused, round, type FusedItem } from './fuseRanks';

export interface FamilySettings {
  familyVote: number;
  /** How many of a parent's best-scored children count. */
  familyChildren: number;
  /** Children ranked below this many candidates do not count. */
  familyDepth: number;
}

export function applyFamily(
  items: readonly FusedItem[],
  hierarchy: Pick<CweHierarchy, 'relatives'>,
  settings: FamilySettings,
): FusedItem[] {
  // Only children among the best candidates count, by how far they stand above the rest: every CWE
  // has some fused score (the vector facet scores all), and a parent of many weak children is no family.
  const floor = items[settings.familyDepth]?.fused ?? 0;
  const fusedOf = new Map(items.slice(0, settings.familyDepth).map((i) => [i.id, i.fused - floor]));
  return items
    .map((item) => {
      const children = hierarchy
        .relatives(item.id)
        .filter((r) => r.relation === 'child' && fusedOf.has(r.id))
        .map((r) => ({ id: r.id, fused: fusedOf.get(r.id)! }))
        .sort((a, b) => b.fused - a.fused)
        .slice(0, settings.familyChildren);
      if (children.length === 0) return item;
      const contribution = settings.familyVote * children.reduce((sum, c) => sum + c.fused, 0);
      return {
        ...item,
        fused: round(item.fused + contribution),
        facets: [
          ...item.facets,
          {
            facet: 'family',
            score: round(contribution),
            rank: null,
            threshold: 1,
            passed: false,
            contribution: round(contribution),
            evidence: children.map((c) => `child ${c.id}`),
          },
        ],
      };
    })
    .sort(byFused);
}
