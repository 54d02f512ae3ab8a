// c-unchecked-divisor takes its tier from where the divisor comes from: handed in or read here is a finding, state
// the program keeps elsewhere (a context member set in another file, a global) is a note. Our own snippets.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';

async function tiers(code: string, language: 'c' | 'cpp' = 'c'): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.rule === 'c-unchecked-divisor').map((f) => f.tier ?? 'finding');
}

describe('c-unchecked-divisor tiers', () => {
  it('a member of a context object that this file never sets is a note', async () => {
    const code =
      'struct pool { unsigned long slots; unsigned int areas; };\n' +
      'unsigned long per_area(struct pool *p) {\n  return p->slots / p->areas;\n}\n';
    expect(await tiers(code)).toEqual(['note']);
  });

  it('a global setting is a note', async () => {
    const code = 'extern unsigned int step;\nunsigned int rotor(unsigned int n) {\n  return n / step;\n}\n';
    expect(await tiers(code)).toEqual(['note']);
  });

  it('a local computed only from kept members is a note', async () => {
    const code =
      'struct agg { unsigned weight; unsigned classes; };\n' +
      'unsigned inverse(struct agg *a) {\n  unsigned w = a->weight * a->classes;\n  return 1000000u / w;\n}\n';
    expect(await tiers(code)).toEqual(['note']);
  });

  it('a parameter, a value parsed from input and a read-only record member stay findings', async () => {
    const param = 'int share(int total, int parts) {\n  return total / parts;\n}\n';
    const parsed =
      '#include <stdlib.h>\nint ratio(const char *arg, int total) {\n  int n = atoi(arg);\n  return total / n;\n}\n';
    const record =
      'struct hdr { unsigned width; };\nunsigned rows(const struct hdr *h, unsigned size) {\n  return size / h->width;\n}\n';
    expect(await tiers(param)).toEqual(['finding']);
    expect(await tiers(parsed)).toEqual(['finding']);
    expect(await tiers(record)).toEqual(['finding']);
  });

  it('a member this file sets from an unchecked value stays a finding', async () => {
    const code =
      'struct ring { unsigned cap; unsigned head; };\n' +
      'void ring_init(struct ring *r, unsigned cap) {\n  r->cap = cap;\n}\n' +
      'void ring_step(struct ring *r, unsigned n) {\n  r->head = (r->head + n) % r->cap;\n}\n';
    expect(await tiers(code)).toEqual(['finding']);
  });

  it("a local holding the size of a parameter's container is a finding; a local count of kept state is a note", async () => {
    const sized =
      'int mean(const std::vector<int> &v, int total) {\n  int n = static_cast<int>(v.size());\n  return total / n;\n}\n';
    const kept =
      'struct Stats { std::vector<int> seen; int mean(int total) const {\n  int n = static_cast<int>(seen.size());\n  return total / n;\n} };\n';
    expect(await tiers(sized, 'cpp')).toEqual(['finding']);
    expect(await tiers(kept, 'cpp')).toEqual(['note']);
  });
});
