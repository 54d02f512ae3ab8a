// Slicing: hop limits, bidirectional reach, kept context (signatures, headers, braces).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { sliceLines } from './sliceLines';

async function slice(language: Language, code: string, lines: number[], hops?: number): Promise<number[]> {
  const tree = await nodeParser().parse(code, language);
  try {
    return sliceLines(tree, lines, hops).lines;
  } finally {
    tree.dispose();
  }
}

const chain = [
  'def f(a):',      // 1
  '    b = a',      // 2
  '    c = b',      // 3
  '    d = c',      // 4
  '    e = d',      // 5
  '    f = e',      // 6
  '    g = f',      // 7
  '    unrelated = 1', // 8
].join('\n');

describe('sliceLines', () => {
  it('walks the given number of hops backwards and forwards, keeping the signature', async () => {
    expect(await slice('python', chain, [4], 1)).toEqual([1, 3, 4, 5]);
    expect(await slice('python', chain, [4], 2)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await slice('python', chain, [4], 0)).toEqual([1, 4]);
  });

  it('does not walk back down from a definition to its other uses', async () => {
    const code = ['def f(x):', '    p = x', '    a = p', '    b = p', '    return a'].join('\n');
    expect(await slice('python', code, [3], 2)).toEqual([1, 2, 3, 5]);
  });

  it('keeps enclosing headers and closing braces in C', async () => {
    const code = [
      'int f(int n, char *s)', // 1
      '{',                     // 2
      '    int k = 0;',        // 3
      '    char buf[8];',      // 4
      '    while (k < n) {',   // 5
      '        if (s[k])',     // 6
      '            buf[k] = s[k];', // 7
      '        k++;',          // 8
      '    }',                 // 9
      '    return 0;',         // 10
      '}',                     // 11
    ].join('\n');
    const kept = await slice('c', code, [7], 1);
    expect(kept).toEqual(expect.arrayContaining([1, 2, 4, 5, 6, 7, 9, 11]));
    expect(kept).not.toContain(10);
  });

  it('stays inside a callback when the criterion is there (javascript)', async () => {
    const code = [
      'const other = 1;',                 // 1
      "app.get('/', (req, res) => {",     // 2
      '  const name = req.query.name;',   // 3
      '  const unused = other;',          // 4
      '  res.send(name);',                // 5
      '});',                              // 6
    ].join('\n');
    const kept = await slice('javascript', code, [5], 2);
    expect(kept).toEqual([2, 3, 5, 6]);
  });

  it('rejects criterion lines outside the file', async () => {
    await expect(slice('python', chain, [99])).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
