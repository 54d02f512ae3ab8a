// c-unchecked-index-read on shapes that read nothing: a subscript inside offsetof/sizeof is never evaluated, and
// `&table[i]` only takes an address (a note). A plain read at the same caller index stays a finding. Our own snippets.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

async function tiers(code: string): Promise<string[]> {
  const record = await analyzeCode(code, 'c', nodeParser());
  return record.findings.filter((f) => f.rule === 'c-unchecked-index-read').map((f) => f.tier ?? 'finding');
}

const TABLE = 'struct slot { int owner; };\nstatic struct slot slots[8];\n';

describe('c-unchecked-index-read: shapes that read nothing', () => {
  it('a subscript inside offsetof is no access', async () => {
    const code =
      '#include <stddef.h>\nstruct list { int n; int items[4]; };\n' +
      'size_t bytes_for(int count) {\n  return offsetof(struct list, items[count]);\n}\n';
    expect(await tiers(code)).toEqual([]);
  });

  it('taking an element address is a note, reading the element is a finding', async () => {
    const address = TABLE + 'struct slot *slot_of(int id) {\n  return &slots[id];\n}\n';
    const read = TABLE + 'int owner_of(int id) {\n  return slots[id].owner;\n}\n';
    expect(await tiers(address)).toEqual(['note']);
    expect(await tiers(read)).toEqual(['finding']);
  });
});
