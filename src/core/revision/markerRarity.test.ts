import { describe, expect, it } from 'vitest';
import { BM25_SHARE, markerRarity, type RarityDocument } from './markerRarity';

const doc = (id: string, family: string, markers: string[], extra: string[] = []): RarityDocument => ({
  id,
  family,
  tokens: new Set([...markers, ...extra]),
  markers: new Set(markers),
});

describe('markerRarity', () => {
  // Family c: `malloc(` in all four advisories, `strlen(` in two, `alloca(` in one.
  const docs = [
    doc('a', 'c', ['malloc(', 'alloca(']),
    doc('b', 'c', ['malloc(', 'strlen(']),
    doc('c', 'c', ['malloc(', 'strlen(']),
    doc('d', 'c', ['malloc(']),
    doc('p', 'python', ['alloca(']),
  ];
  const rarity = markerRarity(docs);

  it('weights a matched marker by its IDF within the family: rare markers count more', () => {
    const q = new Set(['malloc(', 'strlen(', 'alloca(']);
    expect(rarity.evidence('d', q)).toBeCloseTo(Math.log(1 + 4 / 4));
    expect(rarity.evidence('b', q)).toBeCloseTo(Math.log(2) + Math.log(1 + 4 / 2));
    expect(rarity.evidence('a', q)).toBeCloseTo(Math.log(2) + Math.log(1 + 4 / 1));
    // Another family's document frequency does not dilute `alloca(` (python has one advisory).
    expect(rarity.evidence('p', q)).toBeCloseTo(Math.log(2));
    expect(rarity.evidence('a', new Set(['free(']))).toBe(0);
    expect(rarity.evidence('missing', q)).toBe(0);
  });

  it('lets a distinctive marker outrank a higher BM25 score on generic markers', () => {
    const ranked = rarity.rank(
      [
        { id: 'd', score: 10 },
        { id: 'b', score: 9 },
        { id: 'a', score: 8 },
      ],
      new Set(['malloc(', 'alloca(']),
    );
    expect(ranked.map((r) => r.id)).toEqual(['a', 'd', 'b']);
    // d: ln 2 + the whole BM25 share; a: ln 2 + ln 5 + 8/10 of it; b: ln 2 + 9/10 of it.
    expect(ranked[1]?.score).toBeCloseTo(Math.log(2) + BM25_SHARE);
    expect(ranked[0]?.score).toBeCloseTo(Math.log(2) + Math.log(5) + BM25_SHARE * 0.8);
  });

  it('keeps the BM25 order among candidates with equal marker evidence', () => {
    const ranked = rarity.rank(
      [
        { id: 'c', score: 1 },
        { id: 'b', score: 4 },
      ],
      new Set(['strlen(']),
    );
    expect(ranked.map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('gives the IDF of a marker unique to one advisory of a family as the scale of one distinctive match', () => {
    expect(rarity.uniqueMarkerIdf('c')).toBeCloseTo(Math.log(1 + 4));
    expect(rarity.uniqueMarkerIdf('python')).toBeCloseTo(Math.log(2));
    expect(rarity.uniqueMarkerIdf('go')).toBe(0);
  });
});
