// Our own vulnerable and fixed forms of the common weaknesses in Java, C# and Rust (`<language>.txt` beside this
// file): every vulnerable form is flagged with its CWE (or a family member, cweFamilies.ts) as a counted finding, and
// no fixed form has a counted finding of its CWE. Forms marked `open` are known gaps (a miss, or a fixed form still
// flagged), listed so the measure in scripts/languagePairs.ts stays honest; the test expects the gap, so closing one
// means removing its mark.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import type { Language } from '../../task/Task';
import { analyzeCode } from '../analyzeCode';
import { isCounted } from '../countedFindings';
import { sameFamily } from '../cweFamilies';
import { parseLanguagePairs } from './parseLanguagePairs';

const LANGUAGES: Language[] = ['java', 'csharp', 'rust'];

for (const language of LANGUAGES) {
  const cases = parseLanguagePairs(readFileSync(new URL(`./${language}.txt`, import.meta.url), 'utf8'));
  describe(`${language} weakness forms`, () => {
    it('has both sides for every CWE it lists', () => {
      const sides = (side: string): Set<string> => new Set(cases.filter((c) => c.side === side).map((c) => c.cwe));
      expect([...sides('vulnerable')].sort()).toEqual([...sides('fixed')].sort());
    });
    for (const c of cases) {
      it(`${c.cwe} ${c.side}${c.open ? ' (open)' : ''}: ${c.what}`, async () => {
        const record = await analyzeCode(c.code, language, nodeParser());
        const own = record.findings.filter((f) => isCounted(f) && sameFamily(f.cwe, c.cwe));
        const flagged = own.length > 0;
        expect(flagged, JSON.stringify(record.findings.map((f) => `${f.cwe}:${f.rule}`))).toBe(
          c.side === 'vulnerable' ? !c.open : c.open,
        );
      });
    }
  });
}
