// Fits the offline embedder at build time: TF-IDF over word and code tokens, reduced to a few
// hundred dimensions by LSA (randomized truncated SVD with a fixed seed and power iterations).
// Deterministic, tiny to ship, and computable in the browser for queries (see docs/retrieval.md).
import type { EmbedderModel } from '../kb/knowledgeArtefactSchema';
import { bytesToBase64 } from '../kb/base64';
import { orthonormalize, seededRandom, symmetricEigen, type Columns } from './linearAlgebra';
import { idfOf, tfidfVector, type SparseVector } from '../kb/termWeights';
import { tokenize } from '../kb/tokenize';

export interface FitOptions {
  dims?: number;
  maxVocab?: number;
  seed?: number;
  powerIterations?: number;
}

export function fitEmbedder(documents: readonly string[], options: FitOptions = {}): EmbedderModel {
  const { dims: wanted = 160, maxVocab = 6000, seed = 1234, powerIterations = 3 } = options;
  const docTokens = documents.map((d) => tokenize(d));
  const df = new Map<string, number>();
  for (const tokens of docTokens) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  // Terms seen once carry no co-occurrence signal; the most frequent win when the cap bites.
  const vocab = [...df.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxVocab)
    .map(([t]) => t)
    .sort();
  const index = new Map(vocab.map((t, i) => [t, i]));
  const idf = vocab.map((t) => round(idfOf(df.get(t)!, documents.length)));
  const rows: SparseVector[] = docTokens.map((tokens) => tfidfVector(tokens, index, idf));
  const n = vocab.length;
  const l = Math.max(1, Math.min(wanted + 12, rows.length, n));
  const dims = Math.min(wanted, l);
  const random = seededRandom(seed);
  // Range finder on A^T (terms x docs): Z = A^T A Ω, refined by power iterations.
  let z: Columns = Array.from({ length: l }, () => Float64Array.from({ length: n }, () => random() * 2 - 1));
  for (let it = 0; it <= powerIterations; it += 1) {
    orthonormalize(z);
    z = z.map((col) => multiplyAt(rows, multiplyA(rows, col), n));
  }
  orthonormalize(z);
  // B = A Z (docs x l); eigenvectors of B^T B rotate Z onto the top right singular vectors.
  const b = z.map((col) => multiplyA(rows, col));
  const gram = new Float64Array(l * l);
  for (let i = 0; i < l; i += 1)
    for (let j = i; j < l; j += 1) {
      let dot = 0;
      const bi = b[i]!;
      const bj = b[j]!;
      for (let r = 0; r < bi.length; r += 1) dot += bi[r]! * bj[r]!;
      gram[i * l + j] = dot;
      gram[j * l + i] = dot;
    }
  const { vectors } = symmetricEigen(gram, l);
  const projection = new Int8Array(n * dims);
  const scales: number[] = [];
  for (let t = 0; t < n; t += 1) {
    const row = new Float64Array(dims);
    for (let k = 0; k < dims; k += 1) {
      const u = vectors[k]!;
      let s = 0;
      for (let j = 0; j < l; j += 1) s += z[j]![t]! * u[j]!;
      row[k] = s;
    }
    // Int8 per term row: a quarter of float32's size, and cosine similarities barely move.
    const scale = row.reduce((m, x) => Math.max(m, Math.abs(x)), 0) / 127;
    scales.push(round(scale));
    for (let k = 0; k < dims; k += 1) projection[t * dims + k] = scale > 0 ? Math.round(row[k]! / scale) : 0;
  }
  return {
    method: 'tfidf-lsa',
    dims,
    vocab,
    idf,
    projection: bytesToBase64(new Uint8Array(projection.buffer)),
    scales,
  };
}

function multiplyA(rows: readonly SparseVector[], x: Float64Array): Float64Array {
  const out = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    let s = 0;
    for (const [c, w] of row) s += w * x[c]!;
    out[r] = s;
  });
  return out;
}

function multiplyAt(rows: readonly SparseVector[], y: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  rows.forEach((row, r) => {
    const yr = y[r]!;
    if (yr !== 0) for (const [c, w] of row) out[c] = out[c]! + w * yr;
  });
  return out;
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}
