// Clean whole C++ files in project style (fixtures/cppStyleClean, our own code: RAII, templates, std:: algorithms,
// bounded snprintf, at(), std::filesystem joins) must get no finding-tier result: issue 12 counts a quarter of clean
// whole C/C++ files flagged, and C++ idioms read with C eyes (a path join `/` taken for a division) were part of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

const DIR = join(__dirname, 'fixtures', 'cppStyleClean');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.cpp'));

describe('clean C++ files in project style', () => {
  it('has at least twenty-five files', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FILES)('%s has no finding-tier result', async (file) => {
    const record = await analyzeCode(readFileSync(join(DIR, file), 'utf8'), 'cpp', nodeParser());
    const findings = record.findings
      .filter((f) => f.tier !== 'note' && f.severity !== 'low')
      .map((f) => `${f.line}: ${f.rule}`);
    expect(findings).toEqual([]);
  });
});
