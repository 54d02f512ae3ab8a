// Whole Python modules in pairs, second set (fixtures/pyProjectPairs, our own code): Django views and admin
// reports, FastAPI services, Celery tasks, Flask blueprints, CLIs and workers, each with one weakness in one function
// among several (`.vulnerable.py`) and the small fix a careful team makes (`.fixed.py`). The vulnerable module gets a
// counted finding of its CWE or a relative; the fixed one no counted finding at all (issue 12).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';
import { countedFindings } from './countedFindings';

const DIR = join(__dirname, 'fixtures', 'pyProjectPairs');
const PAIRS = readdirSync(DIR)
  .filter((f) => f.endsWith('.vulnerable.py'))
  .map((f) => f.replace(/\.vulnerable\.py$/, ''));

const analyse = async (file: string) =>
  countedFindings((await analyzeCode(readFileSync(join(DIR, file), 'utf8'), 'python', nodeParser())).findings);

describe('Python module pairs, second set', () => {
  it('has at least twenty pairs', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PAIRS)('%s: vulnerable flagged with its CWE, fixed clean', async (pair) => {
    const cwe = `CWE-${Number(/^cwe(\d+)_/.exec(pair)?.[1])}`;
    const bad = await analyse(`${pair}.vulnerable.py`);
    expect(
      bad.filter((f) => f.cwe === cwe || (f.related ?? []).includes(cwe)).map((f) => f.cwe),
      `${cwe} flagged`,
    ).not.toEqual([]);
    expect((await analyse(`${pair}.fixed.py`)).map((f) => `${f.line}: ${f.rule}`)).toEqual([]);
  });
});
