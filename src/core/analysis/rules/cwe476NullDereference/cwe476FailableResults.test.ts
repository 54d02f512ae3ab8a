// CWE-476 (C/C++): failable results and late NULL tests; each rule flags its vulnerable snippet and stays silent on
// the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';

const CASES: RuleCase[] = [
  [
    'c-failable-result-deref',
    'c',
    'int probe(struct dev *d) {\n  struct priv *pv = kzalloc(sizeof(*pv), GFP_KERNEL);\n  pv->dev = d;\n  return 0;\n}\n',
    'int probe(struct dev *d) {\n  struct priv *pv = kzalloc(sizeof(*pv), GFP_KERNEL);\n  if (!pv)\n    return -ENOMEM;\n  pv->dev = d;\n  return 0;\n}\n',
    { name: 'a kernel allocation', cwe: 'CWE-476' },
  ],
  [
    'c-failable-result-deref',
    'c',
    'int start(struct pdev *p) {\n  struct res *r = platform_get_resource(p, MEM, 0);\n  return map(r->start);\n}\n',
    'int start(struct pdev *p) {\n  struct res *r = platform_get_resource(p, MEM, 0);\n  if (r == NULL)\n    return -EINVAL;\n  return map(r->start);\n}\n',
    { name: 'a resource lookup' },
  ],
  [
    'c-failable-result-deref',
    'c',
    'void bind(struct conn *c, const char *k) {\n  c->sess = session_lookup(c->table, k);\n  c->sess->owner = c;\n}\n',
    'void bind(struct conn *c, const char *k) {\n  c->sess = session_lookup(c->table, k);\n  if (c->sess)\n    c->sess->owner = c;\n}\n',
    { name: 'a lookup stored in a member' },
  ],
  [
    'c-failable-result-deref',
    'c',
    'int name_len(struct node *n) {\n  const char *s = json_find_string(n, "name");\n  return (int)strlen(s);\n}\n',
    'int name_len(struct node *n) {\n  const char *s = json_find_string(n, "name");\n  return s ? (int)strlen(s) : 0;\n}\n',
    { name: 'a found string handed to strlen' },
  ],
  [
    'c-deref-before-null-check',
    'c',
    'int size_of(struct buf *b) {\n  int n = b->len;\n  if (b == NULL)\n    return 0;\n  return n;\n}\n',
    'int size_of(struct buf *b) {\n  if (b == NULL)\n    return 0;\n  int n = b->len;\n  return n;\n}\n',
    { cwe: 'CWE-476' },
  ],
  [
    'c-deref-before-null-check',
    'c',
    'void reset(struct ctx *c, char *out) {\n  out[0] = 0;\n  c->state = 0;\n  if (!out)\n    return;\n}\n',
    'void reset(struct ctx *c, char *out) {\n  if (!out)\n    return;\n  out[0] = 0;\n  c->state = 0;\n}\n',
    { name: 'an indexed buffer tested afterwards' },
  ],
];

describeRuleCases('CWE-476 failable results and late NULL tests (C/C++)', CASES);

const rulesOf = async (code: string): Promise<string[]> =>
  (await analyzeCode(code, 'c', nodeParser())).findings.map((f) => f.rule);

describe('c-failable-result-deref', () => {
  it('leaves never-failing wrappers, handed-over results and plain member lookups alone', async () => {
    expect(await rulesOf('void f(int n) { char *p = xmalloc(n); p[0] = 0; }\n')).not.toContain(
      'c-failable-result-deref',
    );
    expect(await rulesOf('void f(int n) { char *p = g_malloc0(n); p[0] = 0; }\n')).not.toContain(
      'c-failable-result-deref',
    );
    expect(await rulesOf('void f(struct t *t) { struct e *e = t_lookup(t, 1); use(e); e->n = 1; }\n')).not.toContain(
      'c-failable-result-deref',
    );
    expect(
      await rulesOf('void f(struct t *t) { struct e *e; if ((e = t_find(t, 1)) != NULL) e->n = 1; }\n'),
    ).not.toContain('c-failable-result-deref');
  });
  it('takes a project allocator as failable only where the file tests its results elsewhere', async () => {
    const use = 'void g(int n) {\n  struct s *b = av_mallocz(n);\n  b->n = n;\n}\n';
    const testedElsewhere = 'void f(int n) {\n  struct s *a;\n  if (!(a = av_mallocz(n)))\n    return;\n}\n';
    expect(await rulesOf(use)).not.toContain('c-failable-result-deref');
    expect(await rulesOf(testedElsewhere + use)).toContain('c-failable-result-deref');
    expect(
      await rulesOf('void f(int **out) { *out = av_mallocz(4); if (!*out) return; **out = 1; }\n' + use),
    ).not.toContain('c-failable-result-deref');
  });
  it('counts the kernel IS_ERR test and a GLib try-allocation', async () => {
    expect(
      await rulesOf('void f(struct t *t) { struct e *e = find_entry(t); if (IS_ERR_OR_NULL(e)) return; e->n = 1; }\n'),
    ).not.toContain('c-failable-result-deref');
    expect(await rulesOf('void f(gsize n) { char *p = g_try_malloc0(n); p[0] = 1; }\n')).toContain(
      'c-failable-result-deref',
    );
  });
});

describe('c-deref-before-null-check', () => {
  it('is silent when the pointer was reassigned, the use was conditional or on another path, or the test guards a loop', async () => {
    const reassigned = 'void f(struct n *p) {\n  p->a = 1;\n  p = next(p);\n  if (!p)\n    return;\n}\n';
    const branch =
      'void f(struct n *p, int m) {\n  if (m) {\n    p->a = 1;\n    return;\n  }\n  if (!p)\n    return;\n}\n';
    const loop =
      'void f(struct n *p) {\n  p->a = 1;\n  while (1) {\n    if (!p)\n      break;\n    p = p->next;\n  }\n}\n';
    const address = 'void f(struct n *p) {\n  int *a = &p->a;\n  if (!p)\n    return;\n  *a = 1;\n}\n';
    const errorLabel =
      'int f(struct n *p, int k) {\n  if (k)\n    goto out;\n  p->a = k;\nout:\n  if (p)\n    release(p);\n  return 0;\n}\n';
    const ternary = 'void f(char *s, int k) {\n  int n = k ? (int)strlen(s) : 0;\n  if (!s)\n    return;\n}\n';
    const otherCase =
      'void f(struct n *p, int k) {\n  switch (k) {\n  case 1:\n    p->a = 1;\n    break;\n  case 2:\n    if (!p)\n      return;\n  }\n}\n';
    const declaration = 'void f(void) {\n  struct n *a, *p = NULL;\n  if (!(p = make()))\n    return;\n}\n';
    for (const code of [reassigned, branch, loop, address, errorLabel, ternary, otherCase, declaration])
      expect(await rulesOf(code)).not.toContain('c-deref-before-null-check');
  });
});
