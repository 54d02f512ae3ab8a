// Whole web modules written twice (fixtures/webModulePairs, our own code): the vulnerable module is reported with the
// CWE its file name gives (`go_cwe078_ping`, `CsCwe259Database`), or a MITRE parent/child of it, as a counted finding, and its fix, a small diff of
// the same module, has no counted finding at all (issue 12: the careful code around a weakness must not be noise).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';
import { countedFindings } from './countedFindings';
import { matchesAnyRelated } from '../cwe/cweHierarchy';

const DIR = join(__dirname, 'fixtures', 'webModulePairs');
const LANGUAGE_OF: Record<string, Language> = {
  go: 'go',
  js: 'javascript',
  ts: 'typescript',
  java: 'java',
  php: 'php',
  cs: 'csharp',
};
// `name.vulnerable.go`, `name.fixed.ts.txt` (TypeScript and JavaScript end in .txt so tsc and eslint skip them).
const PAIR = /^(.+?)\.(vulnerable|fixed)\.(\w+)(\.txt)?$/;
const NAMES = [
  ...new Set(
    readdirSync(DIR)
      .map((f) => PAIR.exec(f)?.[1])
      .filter((n): n is string => n !== undefined),
  ),
];

function load(name: string, kind: 'vulnerable' | 'fixed'): { code: string; language: Language } {
  const file = readdirSync(DIR).find((f) => f.startsWith(`${name}.${kind}.`))!;
  return { code: readFileSync(join(DIR, file), 'utf8'), language: LANGUAGE_OF[PAIR.exec(file)![3]!]! };
}

async function counted(name: string, kind: 'vulnerable' | 'fixed'): Promise<string[]> {
  const { code, language } = load(name, kind);
  const record = await analyzeCode(code, language, nodeParser());
  return countedFindings(record.findings).map((f) => `${f.line}: ${f.rule} ${f.cwe}`);
}

describe('web module pairs', () => {
  it('has at least sixty pairs', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(NAMES)('%s: vulnerable flagged with its CWE, fixed clean', async (name) => {
    const cwe = `CWE-${Number(/cwe(\d+)/i.exec(name)![1])}`;
    const vulnerable = await counted(name, 'vulnerable');
    // `new Function(input)` is reported as CWE-94, its parent, on a CWE-95 pair: related counts, as in evalAnalyzer.
    const cwes = vulnerable.map((f) => f.slice(f.lastIndexOf(' ') + 1));
    expect(matchesAnyRelated(cwes, [cwe]), vulnerable.join('; ')).toBe(true);
    expect(await counted(name, 'fixed')).toEqual([]);
  });
});
