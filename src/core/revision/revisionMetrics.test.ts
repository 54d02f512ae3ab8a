import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/Finding';
import { aggregateRevisionMetrics, revisionMetrics } from './revisionMetrics';

const f = (rule: string, cwe: string, line: number): Finding => ({
  rule,
  cwe,
  line,
  severity: 'error',
  message: rule,
  column: 1,
  endLine: line,
  endColumn: 5,
});

describe('revisionMetrics', () => {
  it('counts a finding gone after revision as fixed, even when lines moved', () => {
    const m = revisionMetrics([f('shell', 'CWE-78', 3)], [], false);
    expect(m).toMatchObject({ fixed: 1, introduced: 0, fixRate: 1, unchanged: false });
  });

  it('matches by rule and CWE, counting duplicates, and sees new findings as introduced', () => {
    const m = revisionMetrics(
      [f('shell', 'CWE-78', 3), f('shell', 'CWE-78', 9), f('md5', 'CWE-328', 4)],
      [f('shell', 'CWE-78', 12), f('sql', 'CWE-89', 2)],
      false,
    );
    expect(m.fixed).toBe(2);
    expect(m.introduced).toBe(1);
    expect(m.fixRate).toBeCloseTo(2 / 3);
  });

  it('has no fix rate when there was nothing to fix', () => {
    expect(revisionMetrics([], [], true).fixRate).toBeNull();
  });
});

describe('aggregateRevisionMetrics', () => {
  it('pools fixes over findings and counts runs for intro and no-change', () => {
    const rates = aggregateRevisionMetrics([
      revisionMetrics([f('a', 'CWE-1', 1), f('b', 'CWE-2', 1)], [f('b', 'CWE-2', 1)], false),
      revisionMetrics([], [f('c', 'CWE-3', 1)], false),
      revisionMetrics([f('a', 'CWE-1', 1)], [f('a', 'CWE-1', 1)], true),
      revisionMetrics([], [], true),
    ]);
    expect(rates.fixRate).toBeCloseTo(1 / 3);
    expect(rates.introRate).toBe(0.25);
    expect(rates.noChangeRate).toBe(0.5);
    expect(rates.judgedBy).toBe('our analyser');
  });

  it('gives nulls for an empty suite', () => {
    expect(aggregateRevisionMetrics([])).toMatchObject({ fixRate: null, introRate: null, noChangeRate: null, runs: 0 });
  });
});
