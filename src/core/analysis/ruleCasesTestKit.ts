// Table-driven rule tests: each case is a snippet the rule must flag and a safe twin it must leave alone.
// The test file beside each rule file lists its cases and hands them to describeRuleCases.
import { describe, expect, it } from 'vitest';
import type { Language } from '../task/Task';
import { RULES } from './ruleRegistry';
import { expectRuleSeparates } from './ruleTestKit';

export interface RuleCaseOptions {
  /** Both snippets must parse without errors, so the rule is not judged on a broken tree. */
  requireCleanParse?: boolean;
  /** Pins the CWE the rule reports (otherwise the registry's CWE is taken as given). */
  cwe?: string;
  /** What the case shows, when one rule has several. */
  name?: string;
}

export type RuleCase = [rule: string, language: Language, vulnerable: string, safe: string, options?: RuleCaseOptions];

export function describeRuleCases(title: string, cases: RuleCase[]): void {
  describe(title, () => {
    for (const [rule, language, vulnerable, safe, options = {}] of cases) {
      const name = options.name ? `: ${options.name}` : '';
      it(`${rule} (${language})${name} flags the vulnerable snippet, not the safe one`, async () => {
        if (options.cwe) expect(RULES.find((r) => r.id === rule)?.cwe).toBe(options.cwe);
        await expectRuleSeparates(rule, language, vulnerable, safe, options);
      });
    }
  });
}
