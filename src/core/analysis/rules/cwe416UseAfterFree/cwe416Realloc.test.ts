// CWE-416 (C/C++): the old pointer used after realloc; each case flags the flaw and not its fix (our own snippets).
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';

const CASES: RuleCase[] = [
  [
    'c-use-after-realloc',
    'c',
    'int grow(struct vec *v, size_t n) {\n  int *items = realloc(v->items, n * sizeof(int));\n  if (!items)\n    return -1;\n  v->items[v->len] = 0;\n  v->items = items;\n  return 0;\n}\n',
    'int grow(struct vec *v, size_t n) {\n  int *items = realloc(v->items, n * sizeof(int));\n  if (!items)\n    return -1;\n  v->items = items;\n  v->items[v->len] = 0;\n  return 0;\n}\n',
    { cwe: 'CWE-416' },
  ],
];

describeRuleCases('CWE-416 use after realloc (C/C++)', CASES);

describe('c-use-after-realloc', () => {
  it('lets the failure branch use or free the old block, and ignores a realloc into the same name', async () => {
    const failure =
      'char *f(char *buf, size_t n) {\n  char *tmp = realloc(buf, n);\n  if (tmp == NULL) {\n    buf[0] = 0;\n    free(buf);\n    return NULL;\n  }\n  return tmp;\n}\n';
    const same = 'void f(char *buf, size_t n) {\n  buf = realloc(buf, n);\n  buf[0] = 0;\n}\n';
    for (const code of [failure, same])
      expect((await analyzeCode(code, 'c', nodeParser())).findings.map((f) => f.rule)).not.toContain(
        'c-use-after-realloc',
      );
  });
});
