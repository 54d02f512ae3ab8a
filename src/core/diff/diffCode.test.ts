import { describe, expect, it } from 'vitest';
import { diffCode } from './diffCode';

describe('diffCode', () => {
  it('counts added and removed lines and keeps a unified patch', () => {
    const before = 'import os\nos.system("ping " + host)\nprint("done")\n';
    const after = 'import subprocess\nsubprocess.run(["ping", host])\nprint("done")\n';
    const d = diffCode(before, after);
    expect(d.changed).toBe(true);
    expect(d.added).toBe(2);
    expect(d.removed).toBe(2);
    expect(d.patch).toContain('-os.system("ping " + host)');
    expect(d.patch).toContain('+subprocess.run(["ping", host])');
    expect(d.hunks[0]?.oldStart).toBe(1);
  });

  it('reports an unchanged pair as such', () => {
    const d = diffCode('a\n', 'a\n');
    expect(d.changed).toBe(false);
    expect(d.patch).toBe('');
    expect(d.hunks).toEqual([]);
  });
});
