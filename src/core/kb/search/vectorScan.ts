// Brute-force cosine over stored vectors, computed as Orama 3.1's vector index does (float32
// storage, magnitudes in doubles, zero vectors never match), so results equal the Orama ones; a few
// hundred 160-dimension vectors take well under a millisecond.

export interface VectorScan {
  /** [document position, cosine] for every stored vector whose cosine >= minimum. */
  similar(query: Float32Array, minimum: number, allowed?: (doc: number) => boolean): [number, number][];
}

function magnitude(v: Float32Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i += 1) m += v[i]! * v[i]!;
  return Math.sqrt(m);
}

export function createVectorScan(vectors: readonly (Float32Array | undefined)[]): VectorScan {
  const stored = vectors.map((v) => (v ? { v, m: magnitude(v) } : null));
  return {
    similar(query, minimum, allowed) {
      const qm = magnitude(query);
      const out: [number, number][] = [];
      stored.forEach((entry, doc) => {
        if (!entry || (allowed && !allowed(doc))) return;
        let dot = 0;
        const { v } = entry;
        for (let i = 0; i < v.length; i += 1) dot += query[i]! * v[i]!;
        const similarity = dot / (qm * entry.m);
        if (similarity >= minimum) out.push([doc, similarity]);
      });
      return out;
    },
  };
}
