// The prior facet: how common and dangerous a weakness is in general, apart from any task. MITRE's
// CWE Top 25 (src/core/revision/cweTop25.json, in rank order) is the published ranking of exactly that.
// Retrieval adds it as one weak ranking-only vote, so that among candidates the task's own evidence
// separates poorly (787 vs its narrow relatives 122, 131, 680) the common weakness wins, while a
// clear text or API winner keeps first place: the vote is a fraction of one facet's.
import TOP25 from '../revision/cweTop25.json';

/** CWE id -> prior score in (0, 1): rank 1 of the Top 25 scores highest; absent = no prior. */
export function cwePrior(ids: readonly string[]): ReadonlyMap<string, number> {
  const known = new Set(ids);
  const n = TOP25.length;
  return new Map(TOP25.flatMap((c, i) => (known.has(c.id) ? [[c.id, (n - i) / (n + 1)] as const] : [])));
}
