// cCheckedByCallers: a static helper's integer parameter indexing a file table is in range when every caller in the
// file compared it first (our own snippets, both sides).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

const indexLines = async (code: string) =>
  (await analyzeCode(code, 'c', nodeParser())).findings
    .filter((f) => /c-unchecked-index-(read|write)/.test(f.rule) && (f.tier ?? 'finding') === 'finding')
    .map((f) => f.line);

const HELPER = 'static unsigned char seen[NSLOTS + 1];\nstatic void mark(unsigned nr) {\n  seen[nr]++;\n}\n';

describe('a static helper indexed by its parameter', () => {
  it('is in range when every caller compares the value with the bound first', async () => {
    const code = `${HELPER}int visit(unsigned nr) {\n  if (!nr || nr > NSLOTS)\n    return -1;\n  mark(nr);\n  return 0;\n}\nint visit_all(unsigned first) {\n  mark(0);\n  if (first > NSLOTS) return -1;\n  mark(first);\n  return 0;\n}\n`;
    expect(await indexLines(code)).toEqual([]);
  });

  it('is still unchecked when one caller passes the value on unchecked', async () => {
    const code = `${HELPER}int visit(unsigned nr) {\n  if (!nr || nr > NSLOTS)\n    return -1;\n  mark(nr);\n  return 0;\n}\nint visit_raw(unsigned nr) {\n  mark(nr);\n  return 0;\n}\n`;
    expect(await indexLines(code)).toEqual([3]);
  });

  it('is still unchecked in a function other files can call', async () => {
    const code =
      'unsigned char seen[NSLOTS + 1];\nvoid mark(unsigned nr) {\n  seen[nr]++;\n}\nint visit(unsigned nr) {\n  if (nr > NSLOTS) return -1;\n  mark(nr);\n  return 0;\n}\n';
    expect(await indexLines(code)).toEqual([3]);
  });
});
