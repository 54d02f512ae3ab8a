// Realistic, correct C and C++ modules (fixtures/cRealisticClean, our own code: parsers with length fields, ring
// buffers, goto cleanup, RAII classes) must get no finding-tier result: each one that did was a rule misreading
// ordinary careful code (issue 12, C/C++ false positives). Notes and low-severity hints are allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

const DIR = join(__dirname, 'fixtures', 'cRealisticClean');
const FILES = readdirSync(DIR).filter((f) => /\.(c|cpp)$/.test(f));

describe('realistic clean C/C++ modules', () => {
  it('has at least twenty modules', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FILES)('%s has no finding-tier result', async (file) => {
    const code = readFileSync(join(DIR, file), 'utf8');
    const record = await analyzeCode(code, file.endsWith('.cpp') ? 'cpp' : 'c', nodeParser());
    const findings = record.findings
      .filter((f) => f.tier !== 'note' && f.severity !== 'low')
      .map((f) => `${f.line}: ${f.rule}`);
    expect(findings).toEqual([]);
  });
});
