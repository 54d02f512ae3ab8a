// Tests for the CSV writer: formula cells are neutralised, quoting survives a round trip through a CSV parser.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resultsCsv, toCsv } from './reportCsv';
import { taskResult } from './taskResultTestKit';

const hostile = [
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tcmd',
  '\rcmd',
  'a,b',
  'say "hi"',
  'two\nlines',
];

describe('toCsv', () => {
  it('prefixes formula-like text with a quote mark and quotes it', () => {
    const [line] = toCsv([hostile.slice(0, 6)]).split('\n');
    expect(line).toBe(`"'=HYPERLINK(""http://x"",""y"")","'+1+1","'-2+3","'@SUM(A1)","'\tcmd","'\rcmd"`);
  });

  it('keeps commas, quotes and line breaks inside one cell, readable by a CSV parser', () => {
    const parsed = Papa.parse<string[]>(toCsv([hostile, ['plain', 'x']]).trimEnd(), { newline: '\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(hostile.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
    expect(parsed.data[1]).toEqual(['plain', 'x']);
  });

  it('leaves numbers and booleans alone and writes null as an empty cell', () => {
    expect(toCsv([[-0.5, 3, true, false, null, undefined]])).toBe('-0.5,3,true,false,,\n');
  });

  it('neutralises a hostile test error in the per-run export', () => {
    const result = taskResult({
      id: '=cmd|x',
      config: 'rescue',
      passed: false,
      functional: { ms: 0, timedOut: false, error: '@import evil' },
      ms: 12.4,
    });
    const row = resultsCsv([result]).split('\n')[1]!;
    expect(row.startsWith(`"'=cmd|x",rescue`)).toBe(true);
    expect(row).toContain(`,"'@import evil",`);
    expect(row.endsWith(',12')).toBe(true);
  });
});
