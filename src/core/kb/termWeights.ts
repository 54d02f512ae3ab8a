// TF-IDF weighting shared by the embedder fit and query embedding: sublinear tf, smoothed idf,
// L2-normalised, so long code prefixes do not drown short task sentences.
export type SparseVector = Map<number, number>;

export function idfOf(df: number, docs: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

export function tfidfVector(tokens: readonly string[], index: ReadonlyMap<string, number>, idf: readonly number[]): SparseVector {
  const counts = new Map<number, number>();
  for (const token of tokens) {
    const col = index.get(token);
    if (col !== undefined) counts.set(col, (counts.get(col) ?? 0) + 1);
  }
  const out: SparseVector = new Map();
  let norm = 0;
  for (const [col, count] of counts) {
    const w = (1 + Math.log(count)) * idf[col]!;
    out.set(col, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [col, w] of out) out.set(col, w / norm);
  return out;
}
