import { describe, expect, it } from 'vitest';
import { formatMegabytes } from './formatMegabytes';

describe('formatMegabytes', () => {
  it('switches to gigabytes at 1000 MB and guards bad input', () => {
    expect(formatMegabytes(306)).toBe('306 MB');
    expect(formatMegabytes(1889)).toBe('1.8 GB');
    expect(formatMegabytes(Number.NaN)).toBe('?');
    expect(formatMegabytes(0)).toBe('?');
  });
});
