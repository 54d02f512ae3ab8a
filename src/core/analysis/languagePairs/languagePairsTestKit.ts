// The shared check of the per-language pair files (`<language>.txt`, read by parseLanguagePairs): every vulnerable
// form is flagged with its CWE (or a family member, cweFamilies.ts) as a counted finding, no fixed form has a counted
// finding of its CWE, and forms marked `open` are expected gaps (so closing one means removing its mark).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import type { Language } from '../../task/Task';
import { analyzeCode } from '../analyzeCode';
import { isCounted } from '../countedFindings';
import { sameFamily } from '../cweFamilies';
import { parseLanguagePairs } from './parseLanguagePairs';

export function describeLanguagePairs(title: string, language: Language, text: string): void {
  const cases = parseLanguagePairs(text);
  describe(title, () => {
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
