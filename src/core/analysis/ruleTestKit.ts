// Shared check for rule tests: a rule flags its vulnerable snippet with its own CWE and stays
// silent on the safe one. Used by every table-driven rule test so they assert the same thing.
import { expect } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';
import { RULES } from './ruleRegistry';

export async function expectRuleSeparates(
  rule: string,
  language: Language,
  vulnerable: string,
  safe: string,
  options: { requireCleanParse?: boolean } = {},
): Promise<void> {
  const cwe = RULES.find((r) => r.id === rule)?.cwe;
  expect(cwe, `rule ${rule} is registered`).toBeDefined();
  if (options.requireCleanParse) {
    for (const code of [vulnerable, safe]) {
      const tree = await nodeParser().parse(code, language);
      expect(tree.root.hasError, code).toBe(false);
      tree.dispose();
    }
  }
  const bad = await analyzeCode(vulnerable, language, nodeParser());
  const good = await analyzeCode(safe, language, nodeParser());
  expect(bad.findings.filter((f) => f.rule === rule).map((f) => f.cwe)).toContain(cwe);
  expect(good.findings.filter((f) => f.rule === rule)).toEqual([]);
}

/** The tier of each finding `rule` reports on `code` (a missing tier counts as `finding`), in order. */
export async function ruleTiers(rule: string, language: Language, code: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.rule === rule).map((f) => f.tier ?? 'finding');
}
