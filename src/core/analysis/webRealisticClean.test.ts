// Realistic, correct web modules (fixtures/webRealisticClean, our own code: Go net/http, gin and echo handlers,
// Express/Koa/Next/Nest routes, React components, Spring controllers, PHP PDO and Laravel, ASP.NET Core) must get
// no finding-tier result: each one that did was a rule misreading ordinary careful code (issue 12, web false
// positives). Notes and low-severity hints are allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

const DIR = join(__dirname, 'fixtures', 'webRealisticClean');
const LANGUAGE_OF: Record<string, Language> = {
  go: 'go',
  js: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  java: 'java',
  php: 'php',
  cs: 'csharp',
};
// TypeScript and JavaScript modules end in `.txt` (`users.ts.txt`) so the project's tsc, eslint and prettier skip them.
const extension = (file: string): string =>
  file.replace(/\.txt$/, '').slice(file.replace(/\.txt$/, '').lastIndexOf('.') + 1);
const FILES = readdirSync(DIR).filter((f) => extension(f) in LANGUAGE_OF);

describe('realistic clean web modules', () => {
  it('has at least five modules per language', () => {
    for (const language of new Set(Object.values(LANGUAGE_OF))) {
      const count = FILES.filter((f) => LANGUAGE_OF[extension(f)] === language).length;
      expect(count, language).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(FILES)('%s has no finding-tier result', async (file) => {
    const code = readFileSync(join(DIR, file), 'utf8');
    const record = await analyzeCode(code, LANGUAGE_OF[extension(file)]!, nodeParser());
    expect(record.parsed).not.toBe(false);
    const findings = record.findings
      .filter((f) => f.tier !== 'note' && f.severity !== 'low')
      .map((f) => `${f.line}: ${f.rule}`);
    expect(findings).toEqual([]);
  });
});
