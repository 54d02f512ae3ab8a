// Our own benchmark-style forms of weaknesses that are a *missing* check (issue 12, missing-check round): a function
// under test with its imports and a helper, per language (`<language>.txt` beside this file, read by
// parseLanguagePairs). Every vulnerable form is flagged with its CWE (or a family member, cweFamilies.ts) as a
// counted finding; no fixed form (the fix, or a clean twin that is secure for another reason, named "clean:") has a
// counted finding of its CWE. Forms marked `open` are known gaps, expected as gaps so the list stays honest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import type { Language } from '../../task/Task';
import { analyzeCode } from '../analyzeCode';
import { isCounted } from '../countedFindings';
import { sameFamily } from '../cweFamilies';
import { parseLanguagePairs } from '../languagePairs/parseLanguagePairs';

export const MISSING_CHECK_LANGUAGES: Language[] = [
  'python',
  'javascript',
  'typescript',
  'go',
  'java',
  'php',
  'csharp',
];

/** TypeScript shares the JavaScript forms (`javascript.txt` is valid TypeScript). */
const fileOf = (language: Language): string => (language === 'typescript' ? 'javascript' : language);

for (const language of MISSING_CHECK_LANGUAGES) {
  const cases = parseLanguagePairs(readFileSync(new URL(`./${fileOf(language)}.txt`, import.meta.url), 'utf8'));
  describe(`${language} missing-check forms`, () => {
    it('has both sides for every CWE it lists', () => {
      const sides = (side: string): Set<string> => new Set(cases.filter((c) => c.side === side).map((c) => c.cwe));
      expect([...sides('vulnerable')].sort()).toEqual([...sides('fixed')].sort());
    });
    for (const c of cases) {
      it(`${c.cwe} ${c.side}${c.open ? ' (open)' : ''}: ${c.what}`, async () => {
        const record = await analyzeCode(c.code, language, nodeParser());
        const own = record.findings.filter((f) => isCounted(f) && sameFamily(f.cwe, c.cwe));
        expect(own.length > 0, JSON.stringify(record.findings.map((f) => `${f.cwe}:${f.rule}:${f.tier}`))).toBe(
          c.side === 'vulnerable' ? !c.open : c.open,
        );
      });
    }
  });
}
