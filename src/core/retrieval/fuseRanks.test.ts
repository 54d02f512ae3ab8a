import { describe, expect, it } from 'vitest';
import { fuseRanks, ranksOf } from './fuseRanks';

const settings = { alpha: 60, rankCap: 2 };

describe('fuseRanks', () => {
  it('adds 1/(alpha+rank) only for facets that pass the threshold', () => {
    const fused = fuseRanks(
      ['a', 'b'],
      [
        {
          facet: 'bm25',
          scores: new Map([
            ['a', 5],
            ['b', 1],
          ]),
          threshold: 2,
        },
        {
          facet: 'vec',
          scores: new Map([
            ['a', 0.5],
            ['b', 0.9],
          ]),
          threshold: 0.3,
        },
      ],
      settings,
    );
    const a = fused.find((f) => f.id === 'a')!;
    const b = fused.find((f) => f.id === 'b')!;
    expect(a.fused).toBeCloseTo(1 / 61 + 1 / 62, 6);
    expect(b.fused).toBeCloseTo(1 / 61, 6);
    expect(b.facets[0]).toMatchObject({ facet: 'bm25', rank: 2, passed: false, contribution: 0 });
    expect(fused[0]!.id).toBe('a');
  });

  it('ignores a passing score ranked beyond the cap', () => {
    const fused = fuseRanks(
      ['a', 'b', 'c'],
      [
        {
          facet: 'api',
          scores: new Map([
            ['a', 3],
            ['b', 2],
            ['c', 1],
          ]),
          threshold: 1,
        },
      ],
      settings,
    );
    const c = fused.find((f) => f.id === 'c')!;
    expect(c.facets[0]).toMatchObject({ rank: 3, passed: false });
    expect(c.fused).toBe(0);
  });

  it('fuses nothing when no facet passes, but still orders by ungated ranks', () => {
    const fused = fuseRanks(
      ['x', 'y'],
      [
        {
          facet: 'vec',
          scores: new Map([
            ['x', 0.1],
            ['y', 0.2],
          ]),
          threshold: 0.5,
        },
      ],
      settings,
    );
    expect(fused.every((f) => f.fused === 0)).toBe(true);
    expect(fused.map((f) => f.id)).toEqual(['y', 'x']);
  });

  it('gives equal scores the same rank, so ties are not broken by id order', () => {
    expect([
      ...ranksOf(
        new Map([
          ['b', 2],
          ['a', 2],
          ['c', 1],
          ['d', 0],
        ]),
      ),
    ]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
    const fused = fuseRanks(
      ['a', 'b', 'c'],
      [
        {
          facet: 'api',
          scores: new Map([
            ['b', 1],
            ['a', 1],
            ['c', 0.5],
          ]),
          threshold: 0.5,
        },
      ],
      { alpha: 60, rankCap: 2 },
    );
    expect(fused.find((f) => f.id === 'a')!.fused).toBe(fused.find((f) => f.id === 'b')!.fused);
    expect(fused.find((f) => f.id === 'c')!.facets[0]).toMatchObject({ rank: 3, passed: false });
  });

  it("copies a facet's evidence for an item into its score", () => {
    const fused = fuseRanks(
      ['a'],
      [{ facet: 'api', scores: new Map([['a', 2]]), threshold: 1, evidence: new Map([['a', ['marker os.system']]]) }],
      settings,
    );
    expect(fused[0]!.facets[0]).toMatchObject({ passed: true, evidence: ['marker os.system'] });
  });
});
