// The shipped embedder: turns any text into a unit vector with the fitted TF-IDF + LSA model.
// Pure arithmetic over the artefact, so the browser computes query vectors itself.
import type { EmbedderModel } from './knowledgeArtefactSchema';
import { base64ToBytes } from './base64';
import { tfidfVector } from './termWeights';
import { tokenize } from './tokenize';

export interface Embedder {
  readonly dims: number;
  /** A unit-length vector; all zeros when no token of the text is in the vocabulary. */
  embed(text: string): Float32Array;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i]! * b[i]!;
  return s;
}

export function createEmbedder(model: EmbedderModel): Embedder {
  const { dims } = model;
  const bytes = base64ToBytes(model.projection);
  const quantised = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const index = new Map(model.vocab.map((t, i) => [t, i]));
  return {
    dims,
    embed(text) {
      const out = new Float32Array(dims);
      for (const [col, w] of tfidfVector(tokenize(text), index, model.idf)) {
        const scale = model.scales[col]! * w;
        const base = col * dims;
        for (let k = 0; k < dims; k += 1) out[k] = out[k]! + quantised[base + k]! * scale;
      }
      let norm = 0;
      for (let k = 0; k < dims; k += 1) norm += out[k]! * out[k]!;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let k = 0; k < dims; k += 1) out[k] = out[k]! / norm;
      return out;
    },
  };
}
