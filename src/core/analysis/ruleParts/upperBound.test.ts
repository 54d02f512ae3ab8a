import { describe, expect, it } from 'vitest';
import { upperBounded } from './upperBound';

describe('upperBounded', () => {
  it('accepts a comparison with a limit in either direction and a clamp', () => {
    expect(upperBounded('size', 'if (size > MAX_SIZE) throw x;')).toBe(true);
    expect(upperBounded('size', 'if (LIMIT < size) return;')).toBe(true);
    expect(upperBounded('n', 'n = min(n, 100)')).toBe(true);
    expect(upperBounded('count', 'var c = Math.Clamp(count, 1, 500);')).toBe(true);
  });

  it('does not take a check against zero or one, or another name, as a bound', () => {
    expect(upperBounded('size', 'if (size <= 0) throw x;')).toBe(false);
    expect(upperBounded('size', 'if (size < 1) return;')).toBe(false);
    expect(upperBounded('size', 'if (maxsize > LIMIT) return;')).toBe(false);
  });
});
