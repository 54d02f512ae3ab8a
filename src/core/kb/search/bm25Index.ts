// BM25 over pre-tokenised fields, scoring exactly as Orama 3.1 does with duplicates dropped (tf = 1 /
// unique terms of the field, running-average field length, idf over the whole index, per-field boosts
// summed field by field, ties by insertion order), so replacing Orama changed no retrieval result
// while removing its load-time cost: Orama's insert counts every term against every term of the field
// (quadratic in field length), which was most of the knowledge base's time to ready.

export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

export const DEFAULT_BM25: Bm25Params = { k: 1.2, b: 0.75, d: 0.5 };

interface FieldIndex {
  /** term -> document positions containing it, in insertion order. */
  postings: Map<string, number[]>;
  lengths: Float64Array;
  averageLength: number;
}

export interface Bm25Index {
  readonly size: number;
  has(term: string): boolean;
  /** Scores of every document matching a query term; `allowed` limits documents (idf stays global). */
  score(terms: readonly string[], fields: readonly string[], boosts: Readonly<Record<string, number>>,
    params: Bm25Params, allowed?: (doc: number) => boolean): Map<number, number>;
}

/** docs[i][field] = the field's distinct terms. */
export function createBm25Index(docs: readonly Readonly<Record<string, readonly string[]>>[], fields: readonly string[]): Bm25Index {
  const index = new Map<string, FieldIndex>();
  const vocabulary = new Set<string>();
  for (const field of fields) {
    const postings = new Map<string, number[]>();
    const lengths = new Float64Array(docs.length);
    let average = 0;
    docs.forEach((doc, i) => {
      const terms = doc[field] ?? [];
      // Orama's running average, kept to the same floating-point steps.
      average = (average * i + terms.length) / (i + 1);
      lengths[i] = terms.length;
      for (const term of terms) {
        const list = postings.get(term);
        if (list) list.push(i); else postings.set(term, [i]);
        vocabulary.add(term);
      }
    });
    index.set(field, { postings, lengths, averageLength: average });
  }
  return {
    size: docs.length,
    has: (term) => vocabulary.has(term),
    score(terms, searched, boosts, { k, b, d }, allowed) {
      const scores = new Map<number, number>();
      for (const field of searched) {
        const f = index.get(field);
        if (!f) continue;
        const boost = boosts[field] ?? 1;
        for (const term of terms) {
          const list = f.postings.get(term);
          if (!list) continue;
          const idf = Math.log(1 + (docs.length - list.length + 0.5) / (list.length + 0.5));
          for (const doc of list) {
            if (allowed && !allowed(doc)) continue;
            const length = f.lengths[doc]!;
            const tf = 1 / length;
            const bm25 = (idf * (d + tf * (k + 1))) / (tf + k * (1 - b + (b * length) / f.averageLength));
            const prev = scores.get(doc);
            scores.set(doc, prev === undefined ? bm25 * boost : prev + bm25 * boost);
          }
        }
      }
      return scores;
    },
  };
}
