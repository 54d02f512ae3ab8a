// The assembler turns the directory layout into dev-set rows and refuses layouts it would misread.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHoldoutCorpus } from './holdoutCode';

const roots: string[] = [];
function corpus(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'holdout-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('readHoldoutCorpus', () => {
  it('reads one row per side with the CWE and pair from the directory name', () => {
    const dir = corpus({ 'go/cwe918-fetch/vulnerable.go': 'a', 'go/cwe918-fetch/secure.go': 'b' });
    const rows = readHoldoutCorpus(dir);
    expect(rows.map((r) => [r.label, r.cwe, r.language, r.code])).toEqual([
      ['secure', 'CWE-918', 'go', 'b'],
      ['vulnerable', 'CWE-918', 'go', 'a'],
    ]);
    expect(new Set(rows.map((r) => r.pair)).size).toBe(1);
    expect(rows[1]!.id).toBe(`${rows[1]!.pair}/vulnerable`);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'source', 'language', 'cwe', 'label', 'code', 'pair']);
  });

  it('refuses a pair directory without a CWE number and a side file with another name', () => {
    expect(() => readHoldoutCorpus(corpus({ 'c/overflow/vulnerable.c': 'x' }))).toThrow(/cwe<N>-<slug>/);
    expect(() => readHoldoutCorpus(corpus({ 'c/cwe787-copy/fixed.c': 'x' }))).toThrow(/vulnerable or secure/);
  });
});
