// Whole-module cases (issue 12, outside styles): a realistic Python module with its weakness, and the same module
// fixed the way real fixes look. The whole analyser runs (parameters, guards, tiers), as the evaluation does; the
// vulnerable module must get a counted finding of its CWE (or a direct relative), the fixed one none.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';
import { countedFindings } from '../countedFindings';
import type { Finding } from '../Finding';

export interface ModuleCase {
  /** What the pair shows: the style of the code and the shape of the fix. */
  name: string;
  cwe: string;
  vulnerable: string;
  fixed: string;
}

function ofCwe(findings: readonly Finding[], cwe: string): Finding[] {
  return countedFindings(findings).filter((f) => f.cwe === cwe || (f.related ?? []).includes(cwe));
}

export function describeModuleCases(title: string, cases: ModuleCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(`${c.cwe}: ${c.name}`, async () => {
        const bad = await analyzeCode(c.vulnerable, 'python', nodeParser());
        const good = await analyzeCode(c.fixed, 'python', nodeParser());
        expect(
          ofCwe(bad.findings, c.cwe).map((f) => f.cwe),
          'vulnerable module flagged',
        ).not.toEqual([]);
        expect(
          ofCwe(good.findings, c.cwe).map((f) => `${f.rule}@${f.line}`),
          'fixed module clean',
        ).toEqual([]);
      });
    }
  });
}
