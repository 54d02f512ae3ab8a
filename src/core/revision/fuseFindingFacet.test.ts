import { describe, expect, it } from 'vitest';
import { FINDING_WEIGHT, RRF_K, fuseFindingFacet } from './fuseFindingFacet';

const cwes: Record<string, string> = { sql1: 'CWE-89', sql2: 'CWE-89', cmd: 'CWE-78', path: 'CWE-22' };
const cweOf = (id: string): string => cwes[id] ?? id;
const ranked = [
  { id: 'sql1', score: 9 },
  { id: 'cmd', score: 7 },
  { id: 'sql2', score: 5 },
  { id: 'path', score: 2 },
];

describe('fuseFindingFacet', () => {
  it('keeps the BM25 order and scores when there are no findings', () => {
    expect(fuseFindingFacet(ranked, cweOf, [])).toEqual(ranked.map((r) => ({ ...r, bm25: r.score })));
  });

  it('lifts advisories of a found CWE above BM25-only ones and records the boost', () => {
    const fused = fuseFindingFacet(ranked, cweOf, ['CWE-22']);
    expect(fused.map((r) => r.id)).toEqual(['path', 'sql1', 'cmd', 'sql2']);
    const path = fused[0];
    expect(path?.bm25).toBe(2);
    expect(path?.findingBoost).toBeCloseTo(FINDING_WEIGHT / (RRF_K + 1));
    expect(path?.score).toBeCloseTo(1 / (RRF_K + 4) + FINDING_WEIGHT / (RRF_K + 1));
    expect(fused[1]?.findingBoost).toBeUndefined();
    expect(fused[1]?.score).toBeCloseTo(1 / (RRF_K + 1));
  });

  it('ranks several advisories of found CWEs among themselves by their BM25 order', () => {
    const fused = fuseFindingFacet(ranked, cweOf, ['CWE-89', 'CWE-22']);
    expect(fused.map((r) => r.id)).toEqual(['sql1', 'sql2', 'path', 'cmd']);
  });

  it('ignores findings whose CWE has no candidate', () => {
    expect(fuseFindingFacet(ranked, cweOf, ['CWE-416']).map((r) => r.id)).toEqual(['sql1', 'cmd', 'sql2', 'path']);
  });
});
