import { describe, expect, it } from 'vitest';
import TOP25 from './cweTop25.json';
import { isTop25 } from './cwePrior';

describe('cwePrior', () => {
  it('knows the members of the Top 25 and nothing else', () => {
    expect(TOP25).toHaveLength(25);
    for (const { id } of TOP25) expect(isTop25(id)).toBe(true);
    expect(isTop25('CWE-908')).toBe(false);
    expect(isTop25('CWE-665')).toBe(false);
    expect(isTop25('cwe-787')).toBe(false);
  });
});
