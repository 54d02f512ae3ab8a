// cMemberIndex: an integer parameter indexing a struct parameter's array member (our own snippets, both sides).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

const STRUCT = 'struct tbl { int *vals; unsigned int count; };\n';
const CHECKED_ELSEWHERE =
  'int tbl_set(struct tbl *t, unsigned int i, int v) { if (i >= t->count) return -1; t->vals[i] = v; return 0; }\n';

const tiers = async (code: string) =>
  (await analyzeCode(code, 'c', nodeParser())).findings
    .filter((f) => /index-(read|write)/.test(f.rule))
    .map((f) => `${f.rule}:${f.tier ?? 'finding'}`);

describe('an array member indexed by an integer parameter', () => {
  it('is a finding when the file checks the count member elsewhere and this function does not', async () => {
    const code = `${STRUCT}${CHECKED_ELSEWHERE}int tbl_get(const struct tbl *t, unsigned int i) { return t->vals[i]; }\n`;
    expect(await tiers(code)).toEqual(['c-unchecked-index-read:finding']);
  });

  it('is clean when the function compares the index with the count', async () => {
    const code = `${STRUCT}${CHECKED_ELSEWHERE}int tbl_get(const struct tbl *t, unsigned int i) { if (i >= t->count) return 0; return t->vals[i]; }\n`;
    expect(await tiers(code)).toEqual([]);
  });

  it('is a note when nothing in the file compares the count member', async () => {
    const code = `${STRUCT}int tbl_get(const struct tbl *t, unsigned int i) { return t->vals[i]; }\n`;
    expect(await tiers(code)).toEqual(['c-unchecked-index-read:note']);
  });

  it('is nothing when the struct has no count member', async () => {
    const code = 'struct pal { int rgb[16]; };\nint pal_get(const struct pal *p, int i) { return p->rgb[i]; }\n';
    expect(await tiers(code)).toEqual([]);
  });
});
