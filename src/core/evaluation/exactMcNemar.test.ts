// The exact McNemar p-value against binomial tails summed by hand.
import { describe, expect, it } from 'vitest';
import { exactMcNemar } from './exactMcNemar';

describe('exactMcNemar', () => {
  it('doubles the lower binomial tail of the discordant pairs', () => {
    // 1 vs 9: 2 * (C(10,0) + C(10,1)) / 2^10 = 22/1024.
    expect(exactMcNemar(1, 9)).toBeCloseTo(22 / 1024, 12);
    expect(exactMcNemar(9, 1)).toBeCloseTo(22 / 1024, 12);
    // 0 vs 5: 2 / 32; 0 vs 4: 2 / 16 (four wins in a row are not enough at 5%).
    expect(exactMcNemar(0, 5)).toBeCloseTo(0.0625, 12);
    expect(exactMcNemar(0, 6)).toBeCloseTo(0.03125, 12);
    // 2 vs 8: 2 * (1 + 10 + 45) / 1024.
    expect(exactMcNemar(2, 8)).toBeCloseTo(112 / 1024, 12);
  });

  it('is 1 for balanced or absent disagreement', () => {
    expect(exactMcNemar(0, 0)).toBe(1);
    expect(exactMcNemar(3, 3)).toBe(1);
  });

  it('works for large counts without overflow', () => {
    const p = exactMcNemar(400, 600);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-9);
  });
});
