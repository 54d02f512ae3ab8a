// CWE-390 in Go: an error that is only logged before the function goes on (our own snippets).
import { describe, expect, it } from 'vitest';
import { analyzeCode } from '../../analyzeCode';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const VERDICT =
  'package acl\n\nimport "log"\n\nfunc CanPublish(store Store, user string) bool {\n\tgroups, err := store.Groups(user)\n\tif err != nil {\n\t\tlog.Printf("groups of %s: %v", user, err)\n\t}\n\treturn !contains(groups, "readonly")\n}\n';
const BEST_EFFORT =
  'package cache\n\nimport "log"\n\nfunc Warm(c *Cache, keys []string) int {\n\tn, err := c.Preload(keys)\n\tif err != nil {\n\t\tlog.Println("preload:", err)\n\t}\n\treturn n\n}\n';

const CASES: RuleCase[] = [
  [
    'go-error-logged-only',
    'go',
    VERDICT,
    'package acl\n\nimport "log"\n\nfunc CanPublish(store Store, user string) bool {\n\tgroups, err := store.Groups(user)\n\tif err != nil {\n\t\tlog.Printf("groups of %s: %v", user, err)\n\t\treturn false\n\t}\n\treturn !contains(groups, "readonly")\n}\n',
    { name: 'a permission decided on the zero value' },
  ],
  [
    'go-error-logged-only',
    'go',
    BEST_EFFORT,
    'package cache\n\nimport "log"\n\nfunc Warm(c *Cache, keys []string) int {\n\tn, err := c.Preload(keys)\n\tif err != nil {\n\t\tlog.Println("preload:", err)\n\t} else {\n\t\tlog.Println("preloaded", n)\n\t}\n\treturn n\n}\n',
    { name: 'an else branch keeps the success path apart' },
  ],
];

describeRuleCases('CWE-390 Go errors that are only logged', CASES);

describe('go-error-logged-only tiers', () => {
  const tiers = async (code: string): Promise<string[]> =>
    (await analyzeCode(code, 'go', nodeParser())).findings
      .filter((f) => f.rule === 'go-error-logged-only')
      .map((f) => f.tier ?? 'finding');

  it('is a finding in an access decision and a note in best-effort code', async () => {
    expect(await tiers(VERDICT)).toEqual(['finding']);
    expect(await tiers(BEST_EFFORT)).toEqual(['note']);
  });
});
