// The analyser's findings as a second facet of advisory ranking: advisories about a CWE the analyser
// reported in this code are ranked again on their own and fused with the BM25 ranking by reciprocal
// rank fusion (RRF). Why: BM25 sees shared markers (`memcpy(`, `execute(`) that many CWEs use; a
// finding names the weakness, so its advisories deserve a place even when their markers score lower.

/** RRF damping, the usual 60. With two lists, an advisory in both outranks one in BM25 alone. */
export const RRF_K = 60;
/** Weight of the finding facet against BM25 (1 = equal say). */
export const FINDING_WEIGHT = 1;

export interface RankedCandidate {
  id: string;
  /** The ranking score: the fused RRF score when findings were given, else the BM25 score. */
  score: number;
  bm25: number;
  /** The finding facet's share of the fused score (absent when the advisory's CWE was not found). */
  findingBoost?: number;
}

export function fuseFindingFacet(
  ranked: readonly { id: string; score: number }[],
  cweOf: (id: string) => string,
  findingCwes: readonly string[],
): RankedCandidate[] {
  const found = new Set(findingCwes);
  if (found.size === 0) return ranked.map((r) => ({ id: r.id, score: r.score, bm25: r.score }));
  let findingRank = 0;
  const fused = ranked.map((r, i) => {
    const base = 1 / (RRF_K + i + 1);
    if (!found.has(cweOf(r.id))) return { id: r.id, score: base, bm25: r.score, order: i };
    findingRank += 1;
    const findingBoost = FINDING_WEIGHT / (RRF_K + findingRank);
    return { id: r.id, score: base + findingBoost, bm25: r.score, findingBoost, order: i };
  });
  // Stable: equal fused scores keep the BM25 order.
  fused.sort((a, b) => b.score - a.score || a.order - b.order);
  return fused.map(({ order: _order, ...rest }) => rest);
}
