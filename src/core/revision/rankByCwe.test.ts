import { describe, expect, it } from 'vitest';
import { SECOND_WEIGHT, rankByCwe } from './rankByCwe';

const cwes: Record<string, string> = { a1: 'CWE-416', b1: 'CWE-125', b2: 'CWE-125', b3: 'CWE-125', c1: 'CWE-78' };
const cweOf = (id: string): string => cwes[id] ?? id;

describe('rankByCwe', () => {
  it('puts a CWE with two agreeing advisories above one lucky advisory of another CWE', () => {
    const ranked = [
      { id: 'a1', score: 10 },
      { id: 'b1', score: 8 },
      { id: 'b2', score: 6 },
      { id: 'c1', score: 1 },
    ];
    // CWE-125: 8 + 0.5 * 6 = 11 > CWE-416: 10.
    expect(8 + SECOND_WEIGHT * 6).toBeGreaterThan(10);
    expect(rankByCwe(ranked, cweOf).map((r) => r.id)).toEqual(['b1', 'b2', 'a1', 'c1']);
  });

  it('counts only the two best advisories of a CWE, so many weak ones cannot add up', () => {
    const ranked = [
      { id: 'a1', score: 10 },
      { id: 'b1', score: 4 },
      { id: 'b2', score: 4 },
      { id: 'b3', score: 4 },
    ];
    expect(rankByCwe(ranked, cweOf).map((r) => r.id)).toEqual(['a1', 'b1', 'b2', 'b3']);
  });

  it('keeps the input order for equal scores and returns nothing for nothing', () => {
    expect(rankByCwe([], cweOf)).toEqual([]);
    const tie = [
      { id: 'c1', score: 2 },
      { id: 'a1', score: 2 },
    ];
    expect(rankByCwe(tie, cweOf).map((r) => r.id)).toEqual(['c1', 'a1']);
  });

  it('adds a prior to a CWE score, so it reorders near ties but not a clear lead', () => {
    const prior = (cwe: string): number => (cwe === 'CWE-125' ? 1 : 0);
    const near = [
      { id: 'a1', score: 5 },
      { id: 'b1', score: 4.5 },
    ];
    expect(rankByCwe(near, cweOf, { prior }).map((r) => r.id)).toEqual(['b1', 'a1']);
    const clear = [
      { id: 'a1', score: 8 },
      { id: 'b1', score: 4.5 },
    ];
    expect(rankByCwe(clear, cweOf, { prior }).map((r) => r.id)).toEqual(['a1', 'b1']);
  });

  it('lets a CWE count half the best advisory of a relative as agreement, added to its own', () => {
    const family: Record<string, string> = { x1: 'CWE-787', y1: 'CWE-122', z1: 'CWE-416' };
    const cweOfFamily = (id: string): string => family[id] ?? id;
    const kin = (cwe: string): string[] => (cwe === 'CWE-787' ? ['CWE-122', 'CWE-121'] : []);
    const ranked = [
      { id: 'z1', score: 6 },
      { id: 'y1', score: 5 },
      { id: 'x1', score: 4 },
    ];
    expect(rankByCwe(ranked, cweOfFamily).map((r) => r.id)).toEqual(['z1', 'y1', 'x1']);
    // CWE-787: 4 + 0.5 * 5 = 6.5 > CWE-416: 6; CWE-122 gains nothing (kin names no relative for it).
    expect(rankByCwe(ranked, cweOfFamily, { kin }).map((r) => r.id)).toEqual(['x1', 'z1', 'y1']);
  });
});
