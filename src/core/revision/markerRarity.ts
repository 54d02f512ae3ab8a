// Ranks lexical advisory candidates by how DISTINCTIVE their match is: the summed rarity (IDF) of the
// advisory's declared-marker tokens that the code contains, counted over the advisories of the same
// language family, plus a bounded share of the index's BM25 score. Why: with many C/C++ advisories,
// generic tokens (`malloc(`, `strlen(`, `size_t`, `buf`) occur in nearly every sample and in dozens of
// advisories; raw BM25 (IDF over the whole multi-language index, short documents favoured) let the
// advisories built on them win everywhere. A marker shared by few advisories of the family is evidence
// for one weakness; a marker half the family shares is almost none. An advisory that matches no
// declared marker keeps only its BM25 share, so it ranks after every advisory that does.

export interface RarityDocument {
  id: string;
  family: string;
  /** Every token the advisory is indexed by (code and markers): what a query token can match. */
  tokens: ReadonlySet<string>;
  /** The tokens of its declared markers: the ones that count as evidence. */
  markers: ReadonlySet<string>;
}

/** The BM25 share: the best BM25 hit of a query adds this much, the others proportionally less. It is
 *  below the IDF of one rare marker (ln(1 + N/1), about 5 for 150 advisories), so code similarity
 *  orders advisories of equal marker evidence but cannot outweigh a distinctive marker. */
export const BM25_SHARE = 3;

export interface MarkerRarity {
  /** Sum of the IDFs of advisory `id`'s declared-marker tokens that are in the query (0 if none). */
  evidence(id: string, query: ReadonlySet<string>): number;
  /** The IDF of a marker only one advisory of the family declares, ln(1 + N_family): the scale of
   *  one distinctive match, which other weights (the CWE prior) are expressed in. */
  uniqueMarkerIdf(family: string): number;
  /** The candidates re-ordered by evidence + BM25 share; `score` becomes that sum. */
  rank<T extends { id: string; score: number }>(candidates: readonly T[], query: ReadonlySet<string>): T[];
}

export function markerRarity(docs: readonly RarityDocument[]): MarkerRarity {
  const familySize = new Map<string, number>();
  const df = new Map<string, Map<string, number>>();
  for (const d of docs) {
    familySize.set(d.family, (familySize.get(d.family) ?? 0) + 1);
    const counts = df.get(d.family) ?? new Map<string, number>();
    for (const t of d.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    df.set(d.family, counts);
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  const evidence = (id: string, query: ReadonlySet<string>): number => {
    const d = byId.get(id);
    if (!d) return 0;
    const n = familySize.get(d.family) ?? 1;
    const counts = df.get(d.family);
    let sum = 0;
    for (const t of d.markers) if (query.has(t)) sum += Math.log(1 + n / Math.max(1, counts?.get(t) ?? 1));
    return sum;
  };
  return {
    evidence,
    uniqueMarkerIdf: (family) => Math.log(1 + (familySize.get(family) ?? 0)),
    rank(candidates, query) {
      const top = Math.max(0, ...candidates.map((c) => c.score));
      return candidates
        .map((c, order) => ({
          c,
          order,
          score: evidence(c.id, query) + (top > 0 ? (BM25_SHARE * c.score) / top : 0),
        }))
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .map(({ c, score }) => ({ ...c, score }));
    },
  };
}
