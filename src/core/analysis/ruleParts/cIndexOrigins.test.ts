// cIndexOrigins: an index that is a pointer's offset from the indexed array's start (our own snippets, both sides).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

const indexFindings = async (code: string) =>
  (await analyzeCode(code, 'c', nodeParser())).findings
    .filter((f) => /c-unchecked-index-(read|write)/.test(f.rule) && (f.tier ?? 'finding') === 'finding')
    .map((f) => f.line);

const READ_LINES = (cut: string): string =>
  `void strip(FILE *fp) {\n  char line[256], other[256];\n  while (fgets(line, sizeof line, fp) && fgets(other, sizeof other, fp)) {\n    char *at = strstr(${cut}, "<!");\n    unsigned n;\n    if (!at) continue;\n    n = at - ${cut};\n    line[n] = 0;\n    puts(line);\n  }\n}\n`;

describe('an index that is an offset into the same array', () => {
  it('is in range when a pointer found in the array gives it (`n = at - line`)', async () => {
    expect(await indexFindings(READ_LINES('line'))).toEqual([]);
  });

  it('is still unchecked when the offset is into another array', async () => {
    expect(await indexFindings(READ_LINES('other'))).toEqual([8]);
  });
});
