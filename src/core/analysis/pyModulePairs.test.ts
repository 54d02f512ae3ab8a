// Whole Python modules in pairs (fixtures/pyModulePairs, our own code): `<cweNNN>_<name>.vulnerable.py` holds one
// weakness among ordinary code, `.fixed.py` the same file with the small fix real projects make. The vulnerable
// module gets a counted finding of its CWE (or a relative); the fixed one no counted finding at all (issue 12).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';
import { countedFindings } from './countedFindings';

const DIR = join(__dirname, 'fixtures', 'pyModulePairs');
const PAIRS = readdirSync(DIR)
  .filter((f) => f.endsWith('.vulnerable.py'))
  .map((f) => f.replace(/\.vulnerable\.py$/, ''));

const analyse = async (file: string) =>
  countedFindings((await analyzeCode(readFileSync(join(DIR, file), 'utf8'), 'python', nodeParser())).findings);

describe('Python module pairs', () => {
  it('has at least fifteen pairs', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(PAIRS)('%s: vulnerable flagged with its CWE, fixed clean', async (pair) => {
    const cwe = `CWE-${Number(/^cwe(\d+)_/.exec(pair)?.[1])}`;
    const bad = await analyse(`${pair}.vulnerable.py`);
    expect(
      bad.filter((f) => f.cwe === cwe || (f.related ?? []).includes(cwe)).length,
      `${cwe} flagged`,
    ).toBeGreaterThan(0);
    expect((await analyse(`${pair}.fixed.py`)).map((f) => `${f.line}: ${f.rule}`)).toEqual([]);
  });
});
