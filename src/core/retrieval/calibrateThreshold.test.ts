import { describe, expect, it } from 'vitest';
import { calibrateThreshold } from './calibrateThreshold';

describe('calibrateThreshold', () => {
  it('cuts between separable positives and negatives', () => {
    const c = calibrateThreshold([5, 6, 7, 8], [1, 2, 3]);
    expect(c.threshold).toBeGreaterThan(3);
    expect(c.threshold).toBeLessThanOrEqual(5);
    expect(c).toMatchObject({ tpr: 1, fpr: 0, positives: 4, negatives: 3 });
  });

  it('trades recall for false alarms by Youden J, breaking ties towards the stricter cut', () => {
    // 3.5 keeps 3/4 positives and 1/4 negatives (J 0.5); 4.5 keeps 2/4 and 0/4 (J 0.5, stricter); 1.5 gives J 0.25.
    const c = calibrateThreshold([1, 4, 5, 6], [1, 2, 3, 4]);
    expect(c.threshold).toBeCloseTo(4.5, 6);
    expect(c.tpr).toBeCloseTo(0.5, 6);
    expect(c.fpr).toBe(0);
    // One more positive between 3 and 4 makes the looser cut strictly better.
    expect(calibrateThreshold([1, 3.8, 4, 5, 6], [1, 2, 3, 4]).threshold).toBeCloseTo(3.4, 6);
  });

  it('counts unranked positives (score 0) as misses and never returns a cut at or below 0', () => {
    const c = calibrateThreshold([0, 0, 2, 2], [0, 0.5]);
    expect(c.threshold).toBeGreaterThan(0.5);
    expect(c.tpr).toBe(0.5);
    expect(c.fpr).toBe(0);
  });

  it('is deterministic for any input order', () => {
    const a = calibrateThreshold([0.31, 0.2, 0.44, 0.28], [0.1, 0.3, 0.05]);
    const b = calibrateThreshold([0.28, 0.44, 0.2, 0.31], [0.05, 0.3, 0.1]);
    expect(a).toEqual(b);
  });
});
