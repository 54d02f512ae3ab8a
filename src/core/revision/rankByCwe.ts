// Orders advisory hits by the evidence for their weakness rather than by one advisory alone: a CWE
// scores its best advisory plus half its second best. Why: one short advisory can match a long piece of
// code on generic words (`malloc(`, `request.args`) by luck; two advisories of one CWE matching the same
// code is agreement. Two optional, weaker signals join at the CWE level:
// - a prior (cwePrior.ts: Top 25 membership), added to the CWE's score, so that among nearly equal
//   candidates the commoner weakness goes first;
// - family agreement: a CWE may add half the best advisory of its closest-matching relative (MITRE
//   parent, child or declared sibling), on top of its own two. Advisories about a heap overflow (122)
//   or a stack overflow (121) matching the same code support the out-of-bounds write (787) they are
//   kinds of: the family is likely right even when the exact member is not.
// Within a CWE the lexical order is kept.

/** Weight of a CWE's second-best advisory in its score (its third and later count nothing), and of the
 *  best advisory of its relatives under family agreement. */
export const SECOND_WEIGHT = 0.5;

export interface CweEvidenceOptions {
  /** Added to a CWE's score; 0 for none. */
  prior?: (cwe: string) => number;
  /** The relatives whose best advisory counts as agreement for a CWE (none by default). */
  kin?: (cwe: string) => readonly string[];
}

export function rankByCwe<T extends { id: string; score: number }>(
  ranked: readonly T[],
  cweOf: (id: string) => string,
  options: CweEvidenceOptions = {},
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
  const cweScore = (cwe: string): number => {
    const [first = 0, second = 0] = best.get(cwe) ?? [];
    const kin = Math.max(0, ...(options.kin?.(cwe) ?? []).map((r) => best.get(r)?.[0] ?? 0));
    return first + SECOND_WEIGHT * (second + kin) + (options.prior?.(cwe) ?? 0);
  };
  const scoreOf = new Map([...best.keys()].map((cwe) => [cwe, cweScore(cwe)]));
  return ranked
    .map((hit, order) => ({ hit, order, cwe: scoreOf.get(cweOf(hit.id)) ?? 0 }))
    .sort((a, b) => b.cwe - a.cwe || b.hit.score - a.hit.score || a.order - b.order)
    .map((x) => x.hit);
}
