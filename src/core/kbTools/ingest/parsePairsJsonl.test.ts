// Pair lines and sample lines both become FixPairs; bad lines are reported with their numbers.
import { describe, expect, it } from 'vitest';
import { parsePairsJsonl } from './parsePairsJsonl';
import { FIXTURE_PAIRS_JSONL } from './fixturePairs';

describe('parsePairsJsonl', () => {
  const { pairs, problems } = parsePairsJsonl(FIXTURE_PAIRS_JSONL);

  it('reads pair lines, normalising CWE ids and languages, and splitting CWE lists', () => {
    expect(pairs.map((p) => p.origin)).toEqual(['fx-1', 'fx-2', 'fx-3', 'fx-c-1']);
    expect(pairs[1]).toMatchObject({ cwe: 'CWE-78', related: ['CWE-88'] });
    expect(pairs[2]).toMatchObject({ cwe: 'CWE-89', language: 'python' });
    expect(pairs[0]!.description).toBe('The archive name reached a shell string.');
  });

  it('joins samples that share a pair value, vulnerable and secure sides in place', () => {
    const c = pairs.find((p) => p.origin === 'fx-c-1')!;
    expect(c.language).toBe('c');
    expect(c.vulnerable).not.toContain('NULL');
    expect(c.fixed).toContain('if (out == NULL)');
  });

  it('reports a line missing its fixed side and a line that is not JSON, with line numbers', () => {
    expect(problems.map((p) => p.line)).toEqual([6, 7]);
    expect(problems[0]!.message).toMatch(/fixed/);
    expect(problems[1]!.message).toBe('not valid JSON');
  });

  it('reports a pair value with only one side', () => {
    const lonely = JSON.stringify({ pair: 'p', cwe: 'CWE-22', language: 'c', label: 'vulnerable', code: 'int x;' });
    const result = parsePairsJsonl(lonely);
    expect(result.pairs).toEqual([]);
    expect(result.problems[0]!.message).toMatch(/exactly one vulnerable and one secure/);
  });
});
