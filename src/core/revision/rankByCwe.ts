// Orders BM25 advisory hits by the evidence for their weakness rather than by one advisory alone: a
// CWE scores its best advisory plus half its second best. Why: one short advisory can match a long
// piece of code on generic words (`malloc(`, `request.args`) by luck; two advisories of one CWE
// matching the same code is agreement. Within a CWE the BM25 order is kept.

/** Weight of a CWE's second-best advisory in its score (its third and later count nothing). */
export const SECOND_WEIGHT = 0.5;

export function rankByCwe<T extends { id: string; score: number }>(
  ranked: readonly T[],
  cweOf: (id: string) => string,
): T[] {
  const best = new Map<string, number[]>();
  for (const hit of ranked) {
    const scores = best.get(cweOf(hit.id)) ?? [];
    if (scores.length < 2)
      best.set(
        cweOf(hit.id),
        [...scores, hit.score].sort((a, b) => b - a),
      );
  }
  const cweScore = (id: string): number => {
    const [first = 0, second = 0] = best.get(cweOf(id)) ?? [];
    return first + SECOND_WEIGHT * second;
  };
  return ranked
    .map((hit, order) => ({ hit, order, cwe: cweScore(hit.id) }))
    .sort((a, b) => b.cwe - a.cwe || b.hit.score - a.hit.score || a.order - b.order)
    .map((x) => x.hit);
}
