// The small dense linear algebra the embedder fit needs: a seeded generator, Gram-Schmidt and a
// Jacobi eigen-solver. Written out (no library) so the fit is deterministic to the byte.

/** mulberry32: a tiny seeded generator; same seed, same sequence, on every JS engine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Column-major matrix: cols[j] is column j. */
export type Columns = Float64Array[];

/** Modified Gram-Schmidt in place; a column that collapses to zero is left as zeros. */
export function orthonormalize(cols: Columns): void {
  for (let j = 0; j < cols.length; j += 1) {
    const v = cols[j]!;
    for (let i = 0; i < j; i += 1) {
      const u = cols[i]!;
      let dot = 0;
      for (let r = 0; r < v.length; r += 1) dot += u[r]! * v[r]!;
      for (let r = 0; r < v.length; r += 1) v[r] = v[r]! - dot * u[r]!;
    }
    let norm = 0;
    for (let r = 0; r < v.length; r += 1) norm += v[r]! * v[r]!;
    norm = Math.sqrt(norm);
    for (let r = 0; r < v.length; r += 1) v[r] = norm > 1e-12 ? v[r]! / norm : 0;
  }
}

/**
 * Eigen-decomposition of a symmetric matrix (row-major, size n) by cyclic Jacobi rotations.
 * Returns eigenvalues sorted descending and the matching eigenvectors as columns.
 */
export function symmetricEigen(matrix: Float64Array, n: number, sweeps = 30): { values: number[]; vectors: Columns } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) v[i * n + i] = 1;
  for (let sweep = 0; sweep < sweeps; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += a[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k += 1) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y]! - a[x * n + x]! || x - y);
  return {
    values: order.map((i) => a[i * n + i]!),
    vectors: order.map((i) => Float64Array.from({ length: n }, (_, k) => v[k * n + i]!)),
  };
}
