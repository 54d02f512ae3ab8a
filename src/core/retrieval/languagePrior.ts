// A language-conditioned prior read from the knowledge base itself: how many vulnerable/fixed examples
// the KB has for each CWE in the task's language. Authors wrote most examples for the weaknesses a
// language commonly has (memory safety in C, injection in Python), so among candidates the task's own
// evidence leaves close, the common one of that language comes first. It scales the fused evidence
// (prior x likelihood) rather than adding an RRF list: a list lifts every common CWE on every task by
// the same amount, a factor lifts only CWEs the task already points at (docs/retrieval.md, ablation).
import type { ArtefactCwe } from '../kb/knowledgeArtefactSchema';
import { byFused, round, type FusedItem } from './fuseRanks';

/** Language -> CWE id -> number of examples in that language. */
export type LanguageMaterial = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function languageMaterial(cwes: readonly ArtefactCwe[]): LanguageMaterial {
  const out = new Map<string, Map<string, number>>();
  for (const c of cwes) {
    for (const e of c.examples) {
      const row = out.get(e.language) ?? new Map<string, number>();
      row.set(c.id, (row.get(c.id) ?? 0) + 1);
      out.set(e.language, row);
    }
  }
  return out;
}

/**
 * Multiplies each fused score by 1 + scale x (examples of the CWE in the language / the most any CWE
 * has in it), records the factor as a `prior:language` row of the CWE's facets, and re-sorts.
 */
export function applyLanguagePrior(
  items: FusedItem[],
  material: LanguageMaterial,
  language: string,
  scale: number,
): FusedItem[] {
  const counts = material.get(language);
  if (!counts || counts.size === 0 || scale <= 0) return items;
  const most = Math.max(...counts.values());
  for (const item of items) {
    const count = counts.get(item.id) ?? 0;
    const factor = 1 + (scale * count) / most;
    const before = item.fused;
    item.fused = round(before * factor);
    item.facets.push({
      facet: 'prior:language',
      score: round(factor),
      rank: null,
      threshold: 0,
      passed: false,
      contribution: round(item.fused - before),
      evidence: [`${count} ${language} examples (most for one CWE: ${most})`],
    });
  }
  return items.sort(byFused);
}
