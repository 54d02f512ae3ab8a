// Fix-pair tests shared by the C/C++ and Rust/C# fixture sets: every fixed side gets no finding-tier result (low
// hints allowed); every vulnerable side is flagged with its CWE or a related one, except the pairs listed as not yet
// seen, which must stay unseen so the lists are kept honest (a newly caught pair fails until it leaves its list).
import { expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';
import { countedFindings } from './countedFindings';
import { matchesAnyRelated } from '../cwe/cweHierarchy';
import type { FixPair } from './fixtures/cFixPairs/fixPairSides';

export interface FixPairLists {
  /** Vulnerable sides no rule flags yet, and what a rule would need to see. */
  notYetSeen: Record<string, string>;
  /** Fixed sides a rule still misreads, and how; each must stay flagged until its rule learns the shape. */
  fixedStillFlagged: Record<string, string>;
}

const parser = nodeParser();
const counted = async (code: string, language: Language) =>
  countedFindings((await analyzeCode(code, language, parser)).findings);

/** Registers the list check and one test per side of every pair; call inside a `describe`. */
export function fixPairCases<L extends Language>(pairs: readonly FixPair<L>[], lists: FixPairLists): void {
  it('lists as not yet seen or still flagged only pairs that exist', () => {
    const files = new Set(pairs.map((p) => p.file));
    const listed = [...Object.keys(lists.notYetSeen), ...Object.keys(lists.fixedStillFlagged)];
    expect(listed.filter((f) => !files.has(f))).toEqual([]);
  });

  it.each(pairs.map((p) => [p.file, p] as const))('%s: the fixed side has no finding', async (file, pair) => {
    const findings = (await counted(pair.fixed, pair.language)).filter((f) => f.severity !== 'low');
    if (file in lists.fixedStillFlagged) expect(findings).not.toEqual([]);
    else expect(findings.map((f) => `${f.line}: ${f.rule}`)).toEqual([]);
  });

  it.each(pairs.map((p) => [p.file, p] as const))(
    '%s: the vulnerable side is flagged with its CWE',
    async (file, pair) => {
      const cwes = (await counted(pair.vulnerable, pair.language)).map((f) => f.cwe);
      expect(matchesAnyRelated(cwes, [pair.cwe])).toBe(!(file in lists.notYetSeen));
    },
  );
}
