// Every knowledge-base example pair: the vulnerable side is flagged with its own CWE (or a family
// member, cweFamilies.ts) and the fixed side is not, unless the entry explains why with analyzerNote.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeCode } from './analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import { isLanguage } from '../task/Task';
import { matchesAny } from './cweFamilies';

interface Example {
  id: string;
  language: string;
  vulnerable: string;
  fixed: string;
  analyzerNote?: string;
}

const dir = join(process.cwd(), 'kb', 'cwe');
const entries = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : [];

function examplesOf(file: string): { cwe: string; examples: Example[] } {
  const doc: unknown = parse(readFileSync(join(dir, file), 'utf8'));
  const record = typeof doc === 'object' && doc !== null ? (doc as { id?: unknown; examples?: unknown }) : {};
  const examples = Array.isArray(record.examples) ? (record.examples as Example[]) : [];
  return { cwe: String(record.id), examples };
}

describe('knowledge-base examples', () => {
  it('flags every vulnerable example with its CWE and no fixed example', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const file of entries) {
      const { cwe, examples } = examplesOf(file);
      for (const ex of examples) {
        if (ex.analyzerNote || !isLanguage(ex.language) || !nodeParser().supports(ex.language)) continue;
        checked += 1;
        const bad = await analyzeCode(ex.vulnerable, ex.language, nodeParser());
        const good = await analyzeCode(ex.fixed, ex.language, nodeParser());
        if (
          !matchesAny(
            bad.findings.map((f) => f.cwe),
            [cwe],
          )
        )
          failures.push(`${ex.id}: vulnerable side not flagged as ${cwe}`);
        const wrong = good.findings.filter((f) => matchesAny([f.cwe], [cwe]));
        if (wrong.length)
          failures.push(`${ex.id}: fixed side flagged (${wrong.map((f) => `${f.rule}@${f.line}`).join(', ')})`);
      }
    }
    expect(failures, `${failures.length} of ${checked} examples fail`).toEqual([]);
  }, 120_000);
});
