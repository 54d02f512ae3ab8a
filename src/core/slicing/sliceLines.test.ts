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
  'def f(a):', // 1
  '    b = a', // 2
  '    c = b', // 3
  '    d = c', // 4
  '    e = d', // 5
  '    f = e', // 6
  '    g = f', // 7
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
      '{', // 2
      '    int k = 0;', // 3
      '    char buf[8];', // 4
      '    while (k < n) {', // 5
      '        if (s[k])', // 6
      '            buf[k] = s[k];', // 7
      '        k++;', // 8
      '    }', // 9
      '    return 0;', // 10
      '}', // 11
    ].join('\n');
    const kept = await slice('c', code, [7], 1);
    expect(kept).toEqual(expect.arrayContaining([1, 2, 4, 5, 6, 7, 9, 11]));
    expect(kept).not.toContain(10);
  });

  it('stays inside a callback when the criterion is there (javascript)', async () => {
    const code = [
      'const other = 1;', // 1
      "app.get('/', (req, res) => {", // 2
      '  const name = req.query.name;', // 3
      '  const unused = other;', // 4
      '  res.send(name);', // 5
      '});', // 6
    ].join('\n');
    const kept = await slice('javascript', code, [5], 2);
    expect(kept).toEqual([2, 3, 5, 6]);
  });

  it("keeps a governing header without following its dependences, and does not pull a changed header's body", async () => {
    const code = [
      'def f(a, b):', // 1
      '    limit = b * 2', // 2
      '    x = a', // 3
      '    if x > limit:', // 4
      '        y = x', // 5
      '        z = 1', // 6
      '    return 0', // 7
    ].join('\n');
    // From line 5: x (3) at one hop, the header (4) as context; the header's limit (2) stays out.
    expect(await slice('python', code, [5], 2)).toEqual([1, 3, 4, 5]);
    // From the header: what it reads, but not the unrelated statement it governs (6).
    expect(await slice('python', code, [4], 1)).toEqual([1, 2, 3, 4]);
  });

  it('seeds every statement on a criterion line and trims long reached statements', async () => {
    const code = [
      'int f(char *s, int n) {', // 1
      '    int k = n + 1;', // 2
      '    if (k > 8) return -1;', // 3
      '    log_call(s,', // 4
      '             "detail",', // 5
      '             k);', // 6
      '    return 0;', // 7
      '}', // 8
    ].join('\n');
    const kept = await slice('c', code, [3], 1);
    // The guard's condition reads k (2), although the innermost statement on line 3 is the return.
    expect(kept).toContain(2);
    const fromDef = await slice('c', code, [2], 1);
    // The call reached through k keeps its first line and the line naming k, not line 5.
    expect(fromDef).toEqual(expect.arrayContaining([2, 3, 4, 6]));
    expect(fromDef).not.toContain(5);
  });

  it('rejects criterion lines outside the file', async () => {
    await expect(slice('python', chain, [99])).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
