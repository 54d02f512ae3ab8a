// CWE-476 (C/C++): a member tested for NULL in one place and dereferenced unguarded in another (our own snippets).
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';

const CASES: RuleCase[] = [
  [
    'c-member-null-tested-elsewhere',
    'c',
    'void show(struct job *j) {\n  if (j->owner)\n    log_name(j->owner->name);\n  notify(j->owner->uid);\n}\n',
    'void show(struct job *j) {\n  if (j->owner)\n    log_name(j->owner->name);\n  if (j->owner)\n    notify(j->owner->uid);\n}\n',
    { name: 'a second use without the test', cwe: 'CWE-476' },
  ],
  [
    'c-member-null-tested-elsewhere',
    'c',
    'int first(struct list *l) {\n  int v = l->items[0];\n  if (l->items == NULL)\n    return -1;\n  return v;\n}\n',
    'int first(struct list *l) {\n  if (l->items == NULL)\n    return -1;\n  int v = l->items[0];\n  return v;\n}\n',
    { name: 'an early exit that comes too late' },
  ],
  [
    'c-member-null-tested-elsewhere',
    'c',
    'int width(struct img *im) {\n  int w = im->hdr ? im->hdr->w : 0;\n  return w + im->hdr->pad;\n}\n',
    'int width(struct img *im) {\n  int w = im->hdr ? im->hdr->w : 0;\n  return im->hdr && w ? w + im->hdr->pad : 0;\n}\n',
    { name: 'a ternary test and an unguarded twin' },
  ],
];

describeRuleCases('CWE-476 member tested for NULL elsewhere (C/C++)', CASES);

describe('c-member-null-tested-elsewhere', () => {
  const rulesOf = async (code: string): Promise<string[]> =>
    (await analyzeCode(code, 'c', nodeParser())).findings.map((f) => f.rule);
  it('is silent on members never tested, freshly assigned, asserted, or only taken the address of', async () => {
    const untested = 'void f(struct job *j) {\n  notify(j->owner->uid);\n}\n';
    const assigned =
      'void f(struct job *j) {\n  j->owner = make_owner();\n  notify(j->owner->uid);\n  if (j->owner)\n    drop(j);\n}\n';
    const asserted =
      'void f(struct job *j) {\n  assert(j->owner != NULL);\n  notify(j->owner->uid);\n  if (j->owner)\n    drop(j);\n}\n';
    const address = 'void f(struct job *j) {\n  int *u = &j->owner->uid;\n  if (j->owner)\n    drop(u);\n}\n';
    for (const code of [untested, assigned, asserted, address])
      expect(await rulesOf(code)).not.toContain('c-member-null-tested-elsewhere');
  });
});
