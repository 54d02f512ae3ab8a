// Pair slicing: changed lines are the criteria, and each side is completed with the other's context.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { lineCorrespondence } from './lineCorrespondence';
import { slicingKit } from './slicingTestKit';

const pair = (language: Language, vulnerable: string, fixed: string) =>
  slicingKit(nodeParser(), language).pair(vulnerable, fixed);

describe('lineCorrespondence', () => {
  it('maps unchanged lines across an insertion and lists changed lines per side', () => {
    const map = lineCorrespondence('a\nb\nc\n', 'a\nx\ny\nb\nc\n');
    expect(map.changedA).toEqual([]);
    expect(map.changedB).toEqual([2, 3]);
    expect(map.aToB.get(2)).toBe(4);
    expect(map.bToA.get(5)).toBe(3);
  });
});

describe('slicePair', () => {
  const vulnerable = [
    'def run(host):', // 1
    '    log("start")', // 2
    '    count = 0', // 3
    '    cmd = "ping " + host', // 4
    '    out = os.system(cmd)', // 5
    '    count += 1', // 6
    '    return out', // 7
    '',
  ].join('\n');
  const fixed = [
    'def run(host):', // 1
    '    log("start")', // 2
    '    count = 0', // 3
    '    cmd = ["ping", host]', // 4
    '    out = subprocess.run(cmd).returncode', // 5
    '    count += 1', // 6
    '    return out', // 7
    '',
  ].join('\n');

  it('keeps the changed lines and aligns the two slices line for line', async () => {
    const result = await pair('python', vulnerable, fixed);
    expect(result.vulnerable.lines).toEqual(expect.arrayContaining([4, 5]));
    expect(result.fixed.lines).toEqual(result.vulnerable.lines);
    expect(result.vulnerable.lines).not.toContain(3);
    expect(result.vulnerable.text).toContain('# ...');
    expect(result.reduction).toBeGreaterThan(0);
  });

  it('brings context kept on one side over to the other when only one side changed', async () => {
    const before = [
      'int f(char *s) {',
      '    char b[4];',
      '    int n = strlen(s);',
      '    int unused = 0;',
      '    strcpy(b, s);',
      '    return 0;',
      '}',
    ].join('\n');
    const after = [
      'int f(char *s) {',
      '    char b[4];',
      '    int n = strlen(s);',
      '    int unused = 0;',
      '    if (n >= 4) return -1;',
      '    strcpy(b, s);',
      '    return 0;',
      '}',
    ].join('\n');
    const result = await pair('c', before, after);
    // The guard reads n, so its slice reaches line 3; the vulnerable side, which changed no
    // line, gets the same line through the diff's mapping.
    expect(result.fixed.lines).toEqual([1, 3, 5, 8]);
    expect(result.vulnerable.lines).toEqual([1, 3, 7]);
    expect(result.vulnerable.text).toBe(
      ['int f(char *s) {', '    // ...', '    int n = strlen(s);', '    // ...', '}'].join('\n'),
    );
  });
});
