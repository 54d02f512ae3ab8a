// Wilson intervals against values computed by hand from the score-interval formula.
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilsonInterval';

describe('wilsonInterval', () => {
  it('matches hand-computed 95% intervals', () => {
    // 5 of 10: centre 0.5, half-width 1.96 * sqrt(0.025 + 0.0096) / 1.38415 = 0.2634.
    const [lo, hi] = wilsonInterval(5, 10)!;
    expect(lo).toBeCloseTo(0.2366, 4);
    expect(hi).toBeCloseTo(0.7634, 4);
    // 2 of 4: [0.15, 0.85].
    expect(wilsonInterval(2, 4)![0]).toBeCloseTo(0.15, 4);
    expect(wilsonInterval(2, 4)![1]).toBeCloseTo(0.85, 4);
  });

  it('stays inside 0..1 at the ends, where the normal approximation collapses to a point', () => {
    // 0 of 10: upper bound z^2 / (n + z^2) = 3.8415 / 13.8415.
    expect(wilsonInterval(0, 10)).toEqual([0, expect.closeTo(0.2775, 4)]);
    const [lo, hi] = wilsonInterval(10, 10)!;
    expect(lo).toBeCloseTo(0.7225, 4);
    expect(hi).toBeLessThanOrEqual(1);
  });

  it('has no interval without runs and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
  });
});
