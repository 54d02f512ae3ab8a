// pass@k against values worked out by hand from 1 - C(n-c,k)/C(n,k).
import { describe, expect, it } from 'vitest';
import { meanPassAtK, passAtK } from './passAtK';

describe('passAtK', () => {
  it('matches the binomial formula on small cases', () => {
    // n=5, c=2: pass@1 = 2/5; pass@2 = 1 - C(3,2)/C(5,2) = 1 - 3/10; pass@3 = 1 - C(3,3)/C(5,3) = 1 - 1/10.
    expect(passAtK(5, 2, 1)).toBeCloseTo(0.4, 12);
    expect(passAtK(5, 2, 2)).toBeCloseTo(0.7, 12);
    expect(passAtK(5, 2, 3)).toBeCloseTo(0.9, 12);
    // n=10, c=3, k=5: 1 - C(7,5)/C(10,5) = 1 - 21/252.
    expect(passAtK(10, 3, 5)).toBeCloseTo(1 - 21 / 252, 12);
  });

  it('is 0 with no success, 1 when fewer than k failures exist, and undefined below k samples', () => {
    expect(passAtK(5, 0, 3)).toBe(0);
    expect(passAtK(5, 4, 2)).toBe(1);
    expect(passAtK(1, 1, 1)).toBe(1);
    expect(passAtK(2, 1, 3)).toBeNull();
  });

  it('stays finite where the binomial coefficients would overflow', () => {
    // C(1000, 500) is about 1e299; the product form has no such intermediate.
    const v = passAtK(1000, 1, 500)!;
    expect(v).toBeCloseTo(0.5, 12);
  });

  it('refuses counts that cannot be', () => {
    expect(() => passAtK(3, 4, 1)).toThrow(RangeError);
    expect(() => passAtK(3, 1, 0)).toThrow(RangeError);
  });

  it('averages over the tasks that have k samples', () => {
    // (0.7 + 0 + skipped) / 2: the one-sample task cannot give a pass@2.
    expect(
      meanPassAtK(
        [
          { n: 5, c: 2 },
          { n: 5, c: 0 },
          { n: 1, c: 1 },
        ],
        2,
      ),
    ).toEqual({ value: 0.35, tasks: 2 });
    expect(meanPassAtK([{ n: 1, c: 1 }], 2)).toEqual({ value: null, tasks: 0 });
  });
});
