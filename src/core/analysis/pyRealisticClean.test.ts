// Realistic, correct Python modules (fixtures/pyRealisticClean, our own code: Django views, FastAPI routers, Flask
// blueprints, CLIs, Celery tasks, pipelines, caches, clients, servers, test fixtures) must get no counted finding:
// each one that did was a rule misreading ordinary careful code (issue 12, Python false positives). Notes are allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';
import { countedFindings } from './countedFindings';

const DIR = join(__dirname, 'fixtures', 'pyRealisticClean');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.py'));

describe('realistic clean Python modules', () => {
  it('has at least twenty-five modules', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FILES)('%s has no counted finding', async (file) => {
    const code = readFileSync(join(DIR, file), 'utf8');
    const record = await analyzeCode(code, 'python', nodeParser());
    expect(countedFindings(record.findings).map((f) => `${f.line}: ${f.rule}`)).toEqual([]);
  });
});
