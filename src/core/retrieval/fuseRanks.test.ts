import { describe, expect, it } from 'vitest';
import { fuseRanks } from './fuseRanks';

const settings = { alpha: 60, rankCap: 2 };

describe('fuseRanks', () => {
  it('adds 1/(alpha+rank) only for facets that pass the threshold', () => {
    const fused = fuseRanks(['a', 'b'], [
      { facet: 'bm25', scores: new Map([['a', 5], ['b', 1]]), threshold: 2 },
      { facet: 'vec', scores: new Map([['a', 0.5], ['b', 0.9]]), threshold: 0.3 },
    ], settings);
    const a = fused.find((f) => f.id === 'a')!;
    const b = fused.find((f) => f.id === 'b')!;
    expect(a.fused).toBeCloseTo(1 / 61 + 1 / 62, 6);
    expect(b.fused).toBeCloseTo(1 / 61, 6);
    expect(b.facets[0]).toMatchObject({ facet: 'bm25', rank: 2, passed: false, contribution: 0 });
    expect(fused[0]!.id).toBe('a');
  });

  it('ignores a passing score ranked beyond the cap', () => {
    const fused = fuseRanks(['a', 'b', 'c'], [
      { facet: 'api', scores: new Map([['a', 3], ['b', 2], ['c', 1]]), threshold: 1 },
    ], settings);
    const c = fused.find((f) => f.id === 'c')!;
    expect(c.facets[0]).toMatchObject({ rank: 3, passed: false });
    expect(c.fused).toBe(0);
  });

  it('fuses nothing when no facet passes, but still orders by ungated ranks', () => {
    const fused = fuseRanks(['x', 'y'], [
      { facet: 'vec', scores: new Map([['x', 0.1], ['y', 0.2]]), threshold: 0.5 },
    ], settings);
    expect(fused.every((f) => f.fused === 0)).toBe(true);
    expect(fused.map((f) => f.id)).toEqual(['y', 'x']);
  });
});
