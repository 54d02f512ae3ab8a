// storedZip: a zip that the system's unzip lists and extracts byte for byte; CRC-32 of a known text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, storedZip } from './storedZip';

describe('storedZip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('hello')).toString(16)).toBe('3610a686');
  });

  it('writes an archive unzip tests and extracts unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    const entries = [
      { path: 'baseline/py-a/0.py', text: 'import os\nos.system("é " + x)\n' },
      { path: 'rescue/js-b/1.js', text: '' },
    ];
    writeFileSync(join(dir, 'a.zip'), storedZip(entries));
    expect(execFileSync('unzip', ['-tq', 'a.zip'], { cwd: dir, encoding: 'utf8' })).toContain('No errors');
    execFileSync('unzip', ['-q', 'a.zip', '-d', 'out'], { cwd: dir });
    for (const e of entries) expect(readFileSync(join(dir, 'out', e.path), 'utf8')).toBe(e.text);
  });
});
