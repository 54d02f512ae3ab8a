// Item vectors shipped in the artefact: int16 with one scale per vector, base64 (little-endian). Half
// of float32's bytes; int8 moved one dev task's vector-only rank (docs/retrieval.md), int16 moves
// none. The load-time path and the
// build use the same quantise -> dequantise step, so a vector is the same whichever computed it.
import { base64ToBytes, bytesToBase64 } from '../base64';

export interface QuantisedVectors {
  count: number;
  /** Int16 values, row-major (count x dims), base64. */
  data: string;
  scales: number[];
}

function roundScale(x: number): number {
  return Number(x.toPrecision(6));
}

const LEVELS = 32767;

function quantiseOne(v: Float32Array, out: Int16Array, offset: number): number {
  let max = 0;
  for (let i = 0; i < v.length; i += 1) max = Math.max(max, Math.abs(v[i]!));
  const scale = roundScale(max / LEVELS);
  for (let i = 0; i < v.length; i += 1) out[offset + i] = scale > 0 ? Math.max(-LEVELS, Math.min(LEVELS, Math.round(v[i]! / scale))) : 0;
  return scale;
}

/** What a vector becomes after shipping: quantised and scaled back. */
export function roundTripVector(v: Float32Array): Float32Array {
  const q = new Int16Array(v.length);
  const scale = quantiseOne(v, q, 0);
  return Float32Array.from(q, (x) => x * scale);
}

export function quantiseVectors(vectors: readonly Float32Array[], dims: number): QuantisedVectors {
  const data = new Int16Array(vectors.length * dims);
  const scales = vectors.map((v, i) => quantiseOne(v, data, i * dims));
  return { count: vectors.length, data: bytesToBase64(new Uint8Array(data.buffer)), scales };
}

/** Null when the blob does not hold `count` vectors of `dims` (then the caller embeds instead). */
export function decodeVectors(shipped: QuantisedVectors, dims: number): Float32Array[] | null {
  const bytes = base64ToBytes(shipped.data);
  if (bytes.length !== 2 * shipped.count * dims || shipped.scales.length !== shipped.count) return null;
  // Int16Array reads the platform's byte order; every platform the app targets is little-endian.
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  // One buffer for all vectors, each a view: a plain loop, no per-element callback (load-time path).
  const all = new Float32Array(q.length);
  return shipped.scales.map((scale, i) => {
    const start = i * dims;
    for (let k = start; k < start + dims; k += 1) all[k] = q[k]! * scale;
    return all.subarray(start, start + dims);
  });
}
