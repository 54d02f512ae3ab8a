// Bars land in their configuration's slots, with nulls in the gaps and for rates that do not apply.
import { describe, expect, it } from 'vitest';
import { rateBars } from './rateBars';
import { RATE_KEYS, type Summary } from './summarise';

const summary = (securePass1: number | null, secureRate: number, passRate: number | null): Summary => ({
  tasks: 3,
  runs: 3,
  errors: 0,
  securePass1,
  secureRate,
  passRate,
  secureAtK: secureRate,
  securePassAtK: securePass1,
  fixRate: null,
  introRate: null,
  noChangeRate: null,
  retrievalHitRate: null,
  securityPassRate: null,
  securityPassAtK: null,
  ci: Object.fromEntries(RATE_KEYS.map((k) => [k, null])) as Summary['ci'],
});

describe('rateBars', () => {
  it('places each configuration group with a gap after it', () => {
    const bars = rateBars({ baseline: summary(0.25, 0.5, 0.75), rescue: summary(null, 1, null) });
    expect(bars.x).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(bars.series[0]).toEqual([0.25, null, null, null, null, null, null, null]);
    expect(bars.series[1]).toEqual([null, 0.5, null, null, null, 1, null, null]);
    expect(bars.series[2]).toEqual([null, null, 0.75, null, null, null, null, null]);
    expect(bars.groups).toEqual(['baseline', 'rescue']);
    expect(bars.centres).toEqual([1, 5]);
  });
});
