// C idioms of network daemons and their libraries (session 14 field pass): each shape a daemon writes safely stays
// quiet, and its unsafe twin is still reported. Our own snippets, written from the shapes.
import { expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';
import { analyzeCode } from './analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';

const CASES: RuleCase[] = [
  [
    'c-uninitialized-local-read',
    'c',
    '#define RUN_HOOK(h) do { if ((h) != NULL) status = (h)(); } while (0)\n' +
      'int fire(int (*h)(void)) {\n  int rc;\n  RUN_HOOK(h);\n  return rc;\n}\n',
    '#define RUN_HOOK(h) do { if ((h) == NULL) { rc = 0; break; } rc = (h)(); } while (0)\n' +
      'int fire(int (*h)(void)) {\n  int rc;\n  RUN_HOOK(h);\n  return rc;\n}\n',
    { name: 'a file macro that assigns the local writes it where it is called' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'int put(int kind, int v) {\n  int rc;\n  if (kind == 1)\n    rc = store(v);\n  else\n    log_warn("bad kind");\n' +
      '  return rc;\n}\n',
    'int put(int kind, int v) {\n  int rc;\n  if (kind == 1)\n    rc = store(v);\n  else\n    msg_panic("bad kind");\n' +
      '  return rc;\n}\n',
    { name: 'a branch ending in a project panic does not reach the read' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'int pick(int fam) {\n  int err;\n  switch (fam) {\n  case 4: err = check4(); break;\n  default: warnx("family");\n  }\n' +
      '  return err;\n}\n',
    'int pick(int fam) {\n  int err;\n  switch (fam) {\n  case 4: err = check4(); break;\n  default: errx(1, "family");\n  }\n' +
      '  return err;\n}\n',
    { name: 'a default that calls errx leaves' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'const char *name(struct m *m, int k) {\n  const char *got;\n  if (k) got = m->a;\n  return got;\n}\n',
    'const char *name(struct m *m, int k) {\n  const char *got;\n#define PICK(got, m) ((m)->a ? (m)->a : (got))\n  got = PICK(0, m);\n  return got;\n}\n',
    { name: 'a #define parameter named like the local is no read of it' },
  ],
  [
    'c-double-free',
    'c',
    'void span(struct args *a) {\n  char *cause = NULL;\n  int top = parse_num(a, 1, &cause);\n  if (cause != NULL)\n' +
      '    free(cause);\n  int bottom = parse_len(a, 2);\n  if (bottom < top)\n    free(cause);\n}\n',
    'void span(struct args *a) {\n  char *cause = NULL;\n  int top = parse_num(a, 1, &cause);\n  if (cause != NULL)\n' +
      '    free(cause);\n  int bottom = parse_num(a, 2, &cause);\n  if (cause != NULL)\n    free(cause);\n}\n',
    { name: 'an out-parameter handed to a call gets a new value' },
  ],
  [
    'c-double-free-path',
    'c',
    'void rename_it(struct win *w, const char *s) {\n  free(w->name);\n  w->len = strlen(s);\n}\n' +
      'void win_free(struct win *w) {\n  free(w->name);\n  free(w);\n}\n',
    'void rename_it(struct win *w, const char *s) {\n  free(w->name);\n  xasprintf(&w->name, "%s", s);\n}\n' +
      'void win_free(struct win *w) {\n  free(w->name);\n  free(w);\n}\n',
    { name: 'a field refilled through its address is no dangling field' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'struct opt { int flag; const char *name; };\nstatic const struct opt opts[] = { { 1, "poison" }, { 0, 0 } };\n' +
      'int feature(const char *s) {\n  char *end;\n  int v = strtol(s, &end, 0);\n  if (*end)\n    return -1;\n' +
      '  return opts[v].flag;\n}\n',
    'struct opt { int flag; const char *name; };\nstatic const struct opt opts[] = { { 1, "poison" }, { 0, 0 } };\n' +
      'int feature(const char *s) {\n  char *end;\n  int v = strtol(s, &end, 0);\n  if (!*end)\n    return v;\n' +
      '  for (v = 0; opts[v].flag; v++)\n    if (strcmp(end, opts[v].name) == 0)\n      break;\n  return opts[v].flag;\n}\n',
    { name: 'a for loop restarts the parsed name as a counter up to the sentinel entry' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'struct text { char *data; long len; };\n#define text_end(t) ((t)->data + (t)->len)\n' +
      'struct text *text_cat(struct text *t, const char *src, long len) {\n  memcpy(text_end(t), src, len);\n' +
      '  t->len += len;\n  return t;\n}\n',
    'struct text { char *data; long len; };\n#define text_end(t) ((t)->data + (t)->len)\n' +
      'struct text *text_cat(struct text *t, const char *src, long len) {\n  TEXT_SPACE(t, len);\n' +
      '  memcpy(text_end(t), src, len);\n  t->len += len;\n  return t;\n}\n',
    { name: 'room reserved in the object an accessor reads the buffer from' },
  ],
  [
    'c-null-assigned-deref',
    'c',
    'int read_cfg(const void *data, unsigned len) {\n  struct cfg *cfg = NULL;\n  if (len < sizeof(*cfg))\n    return -1;\n' +
      '  return cfg->mode;\n}\n',
    'int read_cfg(const void *data, unsigned len) {\n  struct cfg *cfg = NULL;\n  if (len < sizeof(*cfg))\n    return -1;\n' +
      '  cfg = (struct cfg *)data;\n  return cfg->mode;\n}\n',
    { name: 'sizeof(*p) reads nothing' },
  ],
  [
    'c-unchecked-index-write',
    'c',
    "char *strip(const char *s) {\n  static char buf[256];\n  size_t len = 0;\n  for (; *s != '\\0'; s++) {\n" +
      "    if (*s == '$')\n      continue;\n    buf[len++] = *s;\n  }\n  buf[len] = '\\0';\n  return strdup(buf);\n}\n",
    "char *strip(const char *s) {\n  static char buf[256];\n  size_t len = 0;\n  for (; *s != '\\0'; s++) {\n" +
      "    if (*s == '$')\n      continue;\n    buf[len++] = *s;\n    if (len == sizeof buf - 1)\n      break;\n  }\n" +
      "  buf[len] = '\\0';\n  return strdup(buf);\n}\n",
    { name: 'a counter checked after each write, before the next one' },
  ],
  [
    'hardcoded-password',
    'c',
    '#define ADMIN_PASSWORD "s3cr3t-admin"\nint check(const char *p) {\n  return strcmp(p, ADMIN_PASSWORD) == 0;\n}\n',
    '#define MAX_PASSWORD_SIZE 1024\n#define AUTH_METHOD_PASSWORD 0x0002u\nint fits(const char *p) {\n' +
      '  return strlen(p) < MAX_PASSWORD_SIZE;\n}\n',
    { name: 'a number naming a password size or method flag is no password' },
  ],
  [
    'c-member-null-tested-elsewhere',
    'c',
    'void report(struct sess *s) {\n  if (s->log == 0)\n    msg_warn("no log");\n  flush_lines(s->log->lines);\n}\n',
    'void report(struct sess *s) {\n  if (s->log == 0)\n    msg_panic("no log");\n  flush_lines(s->log->lines);\n}\n',
    { name: 'a test whose branch panics guards the rest of the block' },
  ],
  [
    'c-deref-before-null-check',
    'c',
    'struct lru *lookup(struct head *h, unsigned long key) {\n  struct node *node = tree_lookup(&h->keys, key);\n' +
      '  struct lru *elem = container_of(node, struct lru, node);\n  long seen = elem->seen;\n  if (elem)\n' +
      '    return elem;\n  return NULL;\n}\n',
    'struct lru *lookup(struct head *h, unsigned long key) {\n  struct node *node = tree_lookup(&h->keys, key);\n' +
      '  struct lru *elem = container_of(node, typeof(*elem), node);\n  if (elem)\n    return elem;\n  return NULL;\n}\n',
    { name: 'typeof(*p) names a type and reads nothing' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'void fill(unsigned char *out, const unsigned char *hw, struct arp *ah) {\n  ah->pln = 4;\n' +
      '  memcpy(out, hw, ah->hln);\n}\n',
    'void fill(unsigned char *out, const unsigned char *hw, struct arp *ah) {\n  ah->hln = 6;\n  ah->pln = 4;\n' +
      '  memcpy(out, hw, ah->hln);\n}\n',
    { name: 'a header field the function set to a number is a constant length' },
  ],
  [
    'c-leak-on-early-return',
    'c',
    'struct acl *build(const char *n) {\n  struct acl *a;\n  char *name = strdup(n);\n  if (!name)\n    goto out;\n' +
      '  a = calloc(1, sizeof(*a));\n  if (a == NULL)\n    goto out_name;\n  if (check(n) < 0)\n    goto out_name;\n' +
      '  a->name = name;\n  return a;\nout_name:\n  free(name);\nout:\n  return NULL;\n}\n',
    'struct acl *build(const char *n) {\n  struct acl *a;\n  char *name = strdup(n);\n  if (!name)\n    goto out;\n' +
      '  a = calloc(1, sizeof(*a));\n  if (a == NULL)\n    goto out_name;\n' +
      '  a->name = name;\n  return a;\nout_name:\n  free(name);\nout:\n  return NULL;\n}\n',
    { name: 'the return after cleanup labels is reached only by the gotos' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'char *dup_bytes(const char *s, size_t len) {\n  char *out = pool_get(len);\n  memcpy(out, s, len + 1);\n  return out;\n}\n',
    'char *dup_bytes(const char *s, size_t len) {\n  char *out = memcpy(xmalloc(len + 1), s, len);\n  out[len] = 0;\n' +
      '  return out;\n}\n',
    { name: 'a destination made by a call handed the length' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'struct str *str_from(const char *what, size_t len) {\n  struct str *p = str_new(16);\n  if (p == NULL)\n' +
      '    return NULL;\n  memcpy(p->data, what, len);\n  return p;\n}\n',
    'struct str *str_from(const char *what, size_t len) {\n  struct str *p = str_new(len);\n  if (p == NULL)\n' +
      '    return NULL;\n  memcpy(p->data, what, len);\n  return p;\n}\n',
    { name: 'an object built by a constructor sized with the length' },
  ],
  [
    'c-deref-before-null-check',
    'c',
    'int to_int(const char *s) {\n  char *end;\n  long v = strtol(s, &end, 10);\n  if (s == 0 || *end != 0)\n    return -1;\n' +
      '  return (int)v;\n}\n',
    'int to_int(const char *s) {\n  char *end;\n  long v = strtol(s, &end, 10);\n  if (*s == 0 || *end != 0)\n    return -1;\n' +
      '  return (int)v;\n}\n',
    { name: '*p == 0 tests the first character, not the pointer' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'void chomp_all(void) {\n  char line[256];\n  size_t l;\n  while (fgets(line, sizeof(line), stdin) != NULL) {\n' +
      "    l = strlen(line);\n    if (line[l - 1] == '\\n')\n      line[l - 1] = 0;\n    puts(line);\n  }\n}\n",
    'void chomp_all(void) {\n  char line[256];\n  size_t l;\n  while (fgets(line, sizeof(line), stdin) != NULL) {\n' +
      "    l = strlen(line);\n    if (l && line[l - 1] == '\\n')\n      line[--l] = 0;\n    puts(line);\n  }\n}\n",
    { name: 'one less than a length measured in the array, under a non-zero test' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const char *const words[] = { "off", "on" };\nconst char *word(int enabled) {\n  return words[enabled];\n}\n',
    'static const char *const words[] = { "off", "on" };\nconst char *word(int enabled) {\n  return words[!!enabled];\n}\n',
    { name: 'a logical not is 0 or 1' },
  ],
];

describeRuleCases('C daemon idioms (field pass 3)', CASES);

it('a pointer refilled through its address after a free is neither freed twice nor used after the free', async () => {
  const code =
    'void span(struct args *a) {\n  char *cause = NULL;\n  int top = parse_num(a, 1, &cause);\n  if (cause != NULL)\n' +
    '    free(cause);\n  int bottom = parse_num(a, 2, &cause);\n  if (cause != NULL)\n    free(cause);\n}\n';
  const record = await analyzeCode(code, 'c', nodeParser());
  expect(record.findings.filter((f) => f.cwe === 'CWE-415' || f.cwe === 'CWE-416')).toEqual([]);
});

const tiersOf = async (code: string, rule: string): Promise<string[]> =>
  (await analyzeCode(code, 'c', nodeParser())).findings.filter((f) => f.rule === rule).map((f) => f.tier ?? 'finding');

it('a descriptor parameter indexing a table sized at run time is a note; a fixed-size table keeps the finding', async () => {
  const runtime =
    'struct slot { void *owner; int state; };\nstruct slot *slots;\n' +
    'void *slot_owner(int fd) {\n  return slots[fd].owner;\n}\nvoid slot_mark(int fd) {\n  slots[fd].state = 1;\n}\n';
  const fixed =
    'struct slot { void *owner; int state; };\nstruct slot slots[64];\n' +
    'void *slot_owner(int fd) {\n  return slots[fd].owner;\n}\nvoid slot_mark(int fd) {\n  slots[fd].state = 1;\n}\n';
  expect(await tiersOf(runtime, 'c-unchecked-index-read')).toEqual(['note', 'note']);
  expect(await tiersOf(fixed, 'c-unchecked-index-read')).toEqual(['finding', 'finding']);
});

it('XOR with key material inside a function named after a standard cipher is a note; an own xor cipher is counted', async () => {
  const body =
    '(unsigned char *b, int n, const unsigned char *skey) {\n  for (int i = 0; i < n; i++)\n' +
    '    b[i] ^= skey[i % 16];\n}\n';
  expect(await tiersOf(`void camellia_ecb_encrypt${body}`, 'homemade-crypto')).toEqual(['note']);
  expect(await tiersOf(`void simple_encrypt${body}`, 'homemade-crypto')).toEqual(['finding']);
});
