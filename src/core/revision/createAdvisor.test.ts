import { describe, expect, it } from 'vitest';
import type { AdvisorySource } from '../kb/kbSourceSchema';
import type { AdvisoryIndex } from './AdvisoryIndex';
import { createAdvisor } from './createAdvisor';

const adv = (id: string, cwe: string): AdvisorySource => ({
  id,
  cwe,
  language: 'python',
  markers: [],
  title: id,
  question: 'q',
  code: 'x',
  answer: `about ${id}`,
  comments: [],
});

/** An index that ranks in the given order with falling scores, and records what it was asked. */
function fixedIndex(order: string[], calls: { tokens: string[]; limit: number }[]): AdvisoryIndex {
  return {
    async search(tokens, _families, limit) {
      calls.push({ tokens, limit });
      return order.slice(0, limit).map((id, i) => ({ id, score: 10 - i }));
    },
  };
}

describe('createAdvisor', () => {
  it('keeps one advisory per CWE in the top k so near-duplicates do not crowd out other weaknesses', async () => {
    const list = [
      adv('a1', 'CWE-89'),
      adv('a2', 'CWE-89'),
      adv('a3', 'CWE-89'),
      adv('b1', 'CWE-78'),
      adv('c1', 'CWE-22'),
    ];
    const calls: { tokens: string[]; limit: number }[] = [];
    const advisor = createAdvisor(list, fixedIndex(['a1', 'a2', 'a3', 'b1', 'c1'], calls));
    const hits = await advisor.advise('cursor.execute(q)\nos.system(cmd)', 'python', 3);
    expect(hits.map((h) => h.id)).toEqual(['a1', 'b1', 'c1']);
    expect(calls[0]?.limit).toBeGreaterThan(3);
    expect(calls[0]?.tokens).toContain('cursor.execute');
  });

  it('asks nothing for code without tokens and returns texts by id', async () => {
    const calls: { tokens: string[]; limit: number }[] = [];
    const advisor = createAdvisor([adv('a1', 'CWE-89')], fixedIndex(['a1'], calls));
    expect(await advisor.advise('   ', 'python', 5)).toEqual([]);
    expect(calls).toEqual([]);
    expect(await advisor.texts(['a1', 'missing'])).toEqual([{ id: 'a1', title: 'a1', answer: 'about a1' }]);
  });

  it('boosts the advisory of a CWE the analyser found and records BM25 and the boost on the hit', async () => {
    const list = [adv('a1', 'CWE-89'), adv('b1', 'CWE-78'), adv('c1', 'CWE-22')];
    const calls: { tokens: string[]; limit: number }[] = [];
    const advisor = createAdvisor(list, fixedIndex(['a1', 'b1', 'c1'], calls));
    const plain = await advisor.advise('open(base + name)', 'python', 2);
    expect(plain.map((h) => h.id)).toEqual(['a1', 'b1']);
    expect(plain[0]?.bm25).toBeUndefined();
    const hits = await advisor.advise('open(base + name)', 'python', 2, ['CWE-22']);
    expect(hits.map((h) => h.id)).toEqual(['c1', 'a1']);
    // Lexical score without marker evidence: the BM25 share, 3 x 8 / 10 (the best hit scored 10).
    expect(hits[0]).toMatchObject({ cwe: 'CWE-22', bm25: 2.4 });
    expect(hits[0]?.findingBoost).toBeGreaterThan(0);
    expect(hits[1]?.findingBoost).toBe(0);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
    expect(calls[1]?.limit).toBeGreaterThanOrEqual(list.length);
  });

  it('ranks an advisory matching a rare declared marker above one matching only generic markers', async () => {
    // Four C advisories declare `malloc(`; one declares `alloca(`. The index puts the generic ones first.
    const c = (id: string, cwe: string, marker: string, code: string): AdvisorySource => ({
      ...adv(id, cwe),
      language: 'c',
      markers: [marker],
      code,
    });
    const list = [
      c('g1', 'CWE-787', 'malloc(', 'p = malloc(n);'),
      c('g2', 'CWE-190', 'malloc(', 'q = malloc(a * b);'),
      c('g3', 'CWE-476', 'malloc(', 'r = malloc(len);'),
      c('g4', 'CWE-401', 'malloc(', 's = malloc(8);'),
      c('d1', 'CWE-770', 'alloca(', 't = alloca(n);'),
    ];
    const code = 'char *p = malloc(n); char *t = alloca(n);';
    // The rarity step alone: in a five-advisory family the Top 25 prior is worth nearly as much as a rare marker.
    const ranked = createAdvisor(list, fixedIndex(['g1', 'g2', 'g3', 'g4', 'd1'], []), { prior: false });
    const hits = await ranked.advise(code, 'c', 2);
    expect(hits.map((h) => h.id)).toEqual(['d1', 'g1']);
    expect(hits[0]?.matched).toContain('alloca(');
  });

  it('puts a Top 25 weakness first among advisories with the same marker evidence, unless told not to', async () => {
    const c = (id: string, cwe: string): AdvisorySource => ({
      ...adv(id, cwe),
      language: 'c',
      markers: ['memcpy('],
      code: 'memcpy(dst, src, n);',
    });
    const list = [c('n1', 'CWE-680'), c('t1', 'CWE-787'), c('o1', 'CWE-401'), c('o2', 'CWE-401')];
    const code = 'memcpy(out, in, len);';
    // The index puts CWE-680 first, by a small BM25 margin (10 against 9).
    const withPrior = await createAdvisor(list, fixedIndex(['n1', 't1'], [])).advise(code, 'c', 2);
    expect(withPrior.map((h) => h.cwe)).toEqual(['CWE-787', 'CWE-680']);
    const without = await createAdvisor(list, fixedIndex(['n1', 't1'], []), { prior: false }).advise(code, 'c', 2);
    expect(without.map((h) => h.cwe)).toEqual(['CWE-680', 'CWE-787']);
  });

  it('lets a Top 25 CWE count a matching relative as agreement, unless told not to', async () => {
    const c = (id: string, cwe: string): AdvisorySource => ({
      ...adv(id, cwe),
      language: 'c',
      markers: ['memcpy('],
      code: 'memcpy(dst, src, n);',
    });
    // CWE-122 (heap overflow) is a child of CWE-787 (out-of-bounds write); CWE-416 is no relative of either.
    const list = [c('z1', 'CWE-416'), c('y1', 'CWE-122'), c('x1', 'CWE-787')];
    const order = ['z1', 'y1', 'x1'];
    const code = 'memcpy(out, in, len);';
    const options = { prior: false };
    const agreed = await createAdvisor(list, fixedIndex(order, []), options).advise(code, 'c', 3);
    expect(agreed.map((h) => h.cwe)).toEqual(['CWE-787', 'CWE-416', 'CWE-122']);
    const alone = await createAdvisor(list, fixedIndex(order, []), { ...options, family: false }).advise(code, 'c', 3);
    expect(alone.map((h) => h.cwe)).toEqual(['CWE-416', 'CWE-122', 'CWE-787']);
  });
});
