// The shapes of the real-project C round (issue 12), one case per mechanism, each beside its careful twin (our own
// snippets): goto-following lifetimes, reference drops that free, upper-bound
// guards, index origins and an earlier SIZE_MAX test. The whole-module pairs are in cRealPairs.test.ts;
// the copy-source cases are beside their rule.
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-use-after-free',
    'c',
    'int f(struct s *b) {\n  if (check(b)) {\n    free(b);\n    goto fail;\n  }\n  return 0;\nfail:\n  log_len(b->len);\n  return -1;\n}\n',
    'int f(struct s *b) {\n  if (check(b)) {\n    free(b);\n    b = NULL;\n    goto fail;\n  }\n  return 0;\nfail:\n  if (b)\n    log_len(b->len);\n  return -1;\n}\n',
    { name: 'a pointer freed on an error path and read at the label the path jumps to' },
  ],
  [
    'c-use-after-free',
    'c',
    'struct o { int refs; int seen; };\nstatic void o_put(struct o *o) { if (--o->refs == 0) free(o); }\nvoid done(struct o *o) { o_put(o); o->seen = 1; }\n',
    'struct o { int refs; int seen; };\nstatic void o_put(struct o *o) { if (--o->refs == 0) free(o); }\nvoid done(struct o *o) { o->seen = 1; o_put(o); }\n',
    { name: 'a field written after a reference drop of this file that frees on the last reference' },
  ],
  [
    'c-double-free-path',
    'c',
    'int f(int fd, size_t n) {\n  char *b = malloc(n);\n  int rc = -1;\n  while (n--) {\n    rc = get(fd, b);\n    if (rc < 0) {\n      free(b);\n      break;\n    }\n  }\n  free(b);\n  return rc;\n}\n',
    'int f(int fd, size_t n) {\n  char *b = malloc(n);\n  int rc = -1;\n  while (n--) {\n    rc = get(fd, b);\n    if (rc < 0) {\n      free(b);\n      b = NULL;\n      break;\n    }\n  }\n  free(b);\n  return rc;\n}\n',
    { name: 'a buffer freed before a break and freed again after the loop' },
  ],
  [
    'c-leak-on-early-return',
    'c',
    'int f(const char *s, size_t n) {\n  int rc;\n  char *k = strndup(s, n);\n  if (!k)\n    return -1;\n  if (k[0] == 0) {\n    rc = -1;\n    goto out;\n  }\n  rc = use(k);\nout_free:\n  free(k);\nout:\n  return rc;\n}\n',
    'int f(const char *s, size_t n) {\n  int rc;\n  char *k = strndup(s, n);\n  if (!k)\n    return -1;\n  if (k[0] == 0) {\n    rc = -1;\n    goto out_free;\n  }\n  rc = use(k);\nout_free:\n  free(k);\nout:\n  return rc;\n}\n',
    { name: 'a goto to the label past the one that frees' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'struct dev { char name[16]; };\nint set(struct dev *d, const char *s, size_t n) {\n  if (!s || n == 0)\n    return -1;\n  memcpy(d->name, s, n);\n  return 0;\n}\n',
    'struct dev { char name[16]; };\nint set(struct dev *d, const char *s, size_t n) {\n  if (!s || n == 0 || n > sizeof(d->name))\n    return -1;\n  memcpy(d->name, s, n);\n  return 0;\n}\n',
    { name: 'a zero test is no bound on a copy length' },
  ],
  [
    'c-unchecked-copy-length',
    'c',
    'long w(const void *u, size_t n) {\n  char k[64];\n  if (copy_from_user(k, u, n))\n    return -14;\n  return use(k);\n}\n',
    'long w(const void *u, size_t n) {\n  char k[64];\n  if (n > sizeof(k))\n    return -22;\n  if (copy_from_user(k, u, n))\n    return -14;\n  return use(k);\n}\n',
    { name: 'copy_from_user into a fixed buffer with the caller length' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static const char *const names[3] = { "a", "b", "c" };\nconst char *name_of(const unsigned char *msg) {\n  unsigned char t = msg[0];\n  return names[t];\n}\n',
    'static const char *const names[3] = { "a", "b", "c" };\nconst char *name_of(const unsigned char *msg) {\n  unsigned char t = msg[0];\n  if (t >= 3)\n    return "?";\n  return names[t];\n}\n',
    { name: "a local holding a byte of the caller's buffer indexes a fixed table" },
  ],
  [
    'c-unchecked-index-write',
    'c',
    'void f(int fd) {\n  char line[64];\n  int n = read(fd, line, sizeof line);\n  line[n] = 0;\n}\n',
    'void f(FILE *fp) {\n  char line[64];\n  size_t n;\n  if (!fgets(line, sizeof line, fp))\n    return;\n  n = strcspn(line, "\\n");\n  line[n] = 0;\n}\n',
    { name: 'a length measured in the same array (strcspn) is in range' },
  ],
  [
    'c-bounds-check-sum-wraps',
    'c',
    'int app(struct sb *b, const char *s, size_t n) {\n  if (b->len + n + 1 > b->cap)\n    return -1;\n  memcpy(b->data + b->len, s, n);\n  return 0;\n}\n',
    'int app(struct sb *b, const char *s, size_t n) {\n  if (n > SIZE_MAX - b->len - 1)\n    return -1;\n  if (b->len + n + 1 > b->cap)\n    return -1;\n  memcpy(b->data + b->len, s, n);\n  return 0;\n}\n',
    { name: 'an earlier SIZE_MAX test of a term' },
  ],
];

describeRuleCases('C shapes of real projects (issue 12, real-project round)', CASES);
