// Splits a list into the fewest batches of at most `size` items, as even as possible (23 with
// size 10 gives 8, 8, 7 rather than 10, 10, 3), so no summary is built from a lone leftover.
export function balancedBatches<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / Math.max(1, size));
  const base = Math.floor(items.length / count);
  const extra = items.length % count;
  const batches: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i += 1) {
    const length = base + (i < extra ? 1 : 0);
    batches.push(items.slice(start, start + length));
    start += length;
  }
  return batches;
}

/** Model calls a distillation of `n` items makes when every reply parses: each level's batches. */
export function plannedCalls(n: number, size: number): number {
  let calls = 0;
  for (let level = n, first = true; first ? level > 0 : level > 1; first = false) {
    level = Math.ceil(level / Math.max(1, size));
    calls += level;
  }
  return calls;
}
