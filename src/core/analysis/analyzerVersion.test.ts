// The analyser version changes when a rule's metadata changes and not when the registry is reordered.
import { describe, expect, it } from 'vitest';
import { analyzerVersion, fnv1a64 } from './analyzerVersion';
import { RULES } from './ruleRegistry';

describe('analyzerVersion', () => {
  it('hashes with FNV-1a 64', () => {
    // Published FNV-1a 64 test vectors: the empty string is the offset basis; "a" is af63dc4c8601ec8c.
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
  });

  it('names the rule count and is stable under reordering', () => {
    const v = analyzerVersion();
    expect(v).toMatch(new RegExp(`^rules-${RULES.length}-[0-9a-f]{16}$`));
    expect(analyzerVersion([...RULES].reverse())).toBe(v);
  });

  it('changes when a rule is added, removed or its metadata edited', () => {
    const v = analyzerVersion();
    expect(analyzerVersion(RULES.slice(1))).not.toBe(v);
    const [first, ...rest] = RULES;
    expect(
      analyzerVersion([{ ...first!, severity: first!.severity === 'error' ? 'info' : 'error' }, ...rest]),
    ).not.toBe(v);
    expect(analyzerVersion([{ ...first!, message: `${first!.message}!` }, ...rest])).not.toBe(v);
  });
});
