// fuseRanks in 'full' mode (the CWE level): every facet's whole ranking orders the items.
import { describe, expect, it } from 'vitest';
import { fuseRanks, round } from './fuseRanks';

const settings = { alpha: 60, rankCap: 2 };

describe("fuseRanks 'full'", () => {
  it("'full' mode orders by every facet's whole ranking; thresholds only mark what passed", () => {
    // a: just under the text cut on both facets; b: one weak api vote that passes its cut.
    const runs = [
      {
        facet: 'text',
        scores: new Map([['a', 4.9]]),
        threshold: 5,
      },
      {
        facet: 'vec',
        scores: new Map([['a', 0.39]]),
        threshold: 0.4,
      },
      { facet: 'api', scores: new Map([['b', 0.2]]), threshold: 0.1 },
    ];
    const gated = fuseRanks(['a', 'b'], runs, settings);
    expect(gated[0]!.id).toBe('b');
    const full = fuseRanks(['a', 'b'], runs, settings, 'full');
    expect(full.map((f) => [f.id, f.passed])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(full[0]!.fused).toBeCloseTo(2 / 61, 6);
    expect(full[0]!.facets[0]).toMatchObject({ passed: false, contribution: round(1 / 61) });
  });

  it("'full' mode scales a facet's contribution by its vote share", () => {
    const runs = [
      {
        facet: 'api',
        scores: new Map([
          ['a', 0.5],
          ['b', 2],
        ]),
        threshold: 0.1,
        vote: (s: number) => Math.min(1, s / 2),
      },
    ];
    const full = fuseRanks(['a', 'b'], runs, settings, 'full');
    expect(full.find((f) => f.id === 'a')!.fused).toBeCloseTo(0.25 / 62, 6);
    expect(full.find((f) => f.id === 'b')!.fused).toBeCloseTo(1 / 61, 6);
    // The vote share changes nothing in gated mode.
    expect(fuseRanks(['a', 'b'], runs, settings).find((f) => f.id === 'a')!.fused).toBeCloseTo(1 / 62, 6);
  });

  it('a ranking-only facet adds to the order but never passes, whatever its score', () => {
    const runs = [
      { facet: 'text', scores: new Map([['a', 1]]), threshold: 5 },
      {
        facet: 'intent',
        scores: new Map([
          ['b', 0.9],
          ['a', 0.1],
        ]),
        threshold: 0,
        rankingOnly: true,
      },
    ];
    const full = fuseRanks(['a', 'b'], runs, settings, 'full');
    expect(full.map((f) => f.id)).toEqual(['a', 'b']);
    expect(full.find((f) => f.id === 'b')!.fused).toBeCloseTo(1 / 61, 6);
    expect(full.every((f) => !f.passed && f.facets.every((s) => !s.passed))).toBe(true);
  });
});
