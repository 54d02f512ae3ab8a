// Table-driven tier tests: each case names a rule and says what it must report on a snippet, a counted finding, a note
// or nothing. Shared by the Python idiom suites so each file holds only its cases.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

export interface TierCase {
  name: string;
  rule: string;
  code: string;
  tier: 'finding' | 'note' | 'none';
}

/** What `rule` reports on `code`: `finding` if any result counts, `note` if all are notes, else `none`. */
export async function tierOf(rule: string, code: string, language: Language): Promise<TierCase['tier']> {
  const record = await analyzeCode(code, language, nodeParser());
  const mine = record.findings.filter((f) => f.rule === rule);
  return mine.length === 0 ? 'none' : mine.some((f) => f.tier !== 'note') ? 'finding' : 'note';
}

export function describeTierCases(title: string, cases: TierCase[], language: Language = 'python'): void {
  describe(title, () => {
    it.each(cases)('$rule: $name', async ({ rule, code, tier }) => {
      expect(await tierOf(rule, code, language)).toBe(tier);
    });
  });
}
