// CWE-401 memory leak: each case is an early return that drops an owned allocation, beside the careful twin
// (our own snippets). The safe twins are the shapes real code uses: free before return, one cleanup label,
// a NULL test, a hand-over to an owner, a returned pointer.
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const R = 'c-leak-on-early-return';

const CASES: RuleCase[] = [
  [
    R,
    'c',
    'int load(int fd, size_t n, struct rec *r) {\n  char *buf = malloc(n);\n  if (buf == NULL)\n    return -1;\n  if (read(fd, buf, n) != (ssize_t)n)\n    return -1;\n  r->data = buf;\n  return 0;\n}\n',
    'int load(int fd, size_t n, struct rec *r) {\n  char *buf = malloc(n);\n  if (buf == NULL)\n    return -1;\n  if (read(fd, buf, n) != (ssize_t)n) {\n    free(buf);\n    return -1;\n  }\n  r->data = buf;\n  return 0;\n}\n',
    { requireCleanParse: true, cwe: 'CWE-401', name: 'a short read returns before the buffer is stored' },
  ],
  [
    R,
    'c',
    'int parse_msg(const char *);\nint handle(const char *in) {\n  char *copy;\n  copy = strdup(in);\n  if (!copy)\n    return -1;\n  if (parse_msg(copy) < 0) {\n    fprintf(stderr, "bad message\\n");\n    return -1;\n  }\n  free(copy);\n  return 0;\n}\n',
    'int parse_msg(const char *);\nint handle(const char *in) {\n  char *copy;\n  int rc = -1;\n  copy = strdup(in);\n  if (!copy)\n    return -1;\n  if (parse_msg(copy) < 0) {\n    fprintf(stderr, "bad message\\n");\n    goto out;\n  }\n  rc = 0;\nout:\n  free(copy);\n  return rc;\n}\n',
    { requireCleanParse: true, name: 'a borrowing helper fails and the function returns past the free' },
  ],
  [
    R,
    'c',
    'struct node *node_new(int v, int limit) {\n  struct node *n = calloc(1, sizeof *n);\n  if (n == NULL) return NULL;\n  if (v > limit) return NULL;\n  n->value = v;\n  return n;\n}\n',
    'struct node *node_new(int v, int limit) {\n  if (v > limit) return NULL;\n  struct node *n = calloc(1, sizeof *n);\n  if (n == NULL) return NULL;\n  n->value = v;\n  return n;\n}\n',
    { requireCleanParse: true, name: 'a constructor checks its argument after allocating' },
  ],
  [
    R,
    'c',
    'int list_push(struct list *, char *);\nint add_name(struct list *l, const char *s, size_t max) {\n  char *name = strdup(s);\n  if (!name) return -1;\n  if (strlen(name) > max) return -2;\n  return list_push(l, name);\n}\n',
    'int list_push(struct list *, char *);\nint add_name(struct list *l, const char *s, size_t max) {\n  if (strlen(s) > max) return -2;\n  char *name = strdup(s);\n  if (!name) return -1;\n  if (list_push(l, name) != 0) { free(name); return -1; }\n  return 0;\n}\n',
    { requireCleanParse: true, name: 'a pointer handed to an owner only after a check that returns early' },
  ],
  [
    R,
    'cpp',
    'bool load(Doc &d, std::size_t n) {\n  char *buf = new char[n];\n  if (!fill(buf, n)) return false;\n  d.take(buf);\n  return true;\n}\n',
    'bool load(Doc &d, std::size_t n) {\n  char *buf = new char[n];\n  if (!fill(buf, n)) {\n    delete[] buf;\n    return false;\n  }\n  d.take(buf);\n  return true;\n}\n',
    { requireCleanParse: true, name: 'C++ new[] dropped by an early return' },
  ],
  [
    R,
    'c',
    'int keep(struct cache *c, size_t n) {\n  char *b = malloc(n);\n  if (!b) return -1;\n  if (n > 4096) return -1;\n  c->buf = b;\n  return 0;\n}\nvoid drop(struct cache *c) { free(c->buf); }\n',
    'int keep(struct cache *c, size_t n) {\n  char *b = malloc(n);\n  if (!b) return -1;\n  c->buf = b;\n  if (n > 4096) return -1;\n  return 0;\n}\nvoid drop(struct cache *c) { free(c->buf); }\n',
    { requireCleanParse: true, name: "a pointer stored in its owner before the return is the owner's to free" },
  ],
  [
    R,
    'cpp',
    'Image *open_image(const std::string &path) {\n  Image *img = new Image();\n  if (!img->load(path))\n    return nullptr;\n  return img;\n}\n',
    'Image *open_image(const std::string &path) {\n  Image *img = new Image();\n  if (!img)\n    return nullptr;\n  return img;\n}\n',
    { requireCleanParse: true, name: 'a member call on the pointer is not a NULL test of it' },
  ],
  [
    R,
    'c',
    'int index_words(struct idx *x, size_t n, int bad) {\n  char **slots = malloc(n * sizeof *slots);\n  if (!slots) return -1;\n  if (bad) return -1;\n  x->first = (char *)&slots[0];\n  return 0;\n}\n',
    'int index_words(struct idx *x, size_t n, int bad) {\n  char **slots = malloc(n * sizeof *slots);\n  if (!slots) return -1;\n  x->first = (char *)&slots[0];\n  if (bad) return -1;\n  return 0;\n}\n',
    { requireCleanParse: true, name: 'a pointer into the block kept in an owner before the return' },
  ],
  [
    R,
    'c',
    "int load_names(struct list *l, char **names, size_t n) {\n  for (size_t i = 0; i < n; i++) {\n    char *s = strdup(names[i]);\n    if (!s) return -1;\n    if (s[0] == '#') continue;\n    list_append(l, s);\n  }\n  return 0;\n}\n",
    "int load_names(struct list *l, char **names, size_t n) {\n  for (size_t i = 0; i < n; i++) {\n    if (names[i][0] == '#') continue;\n    char *s = strdup(names[i]);\n    if (!s) return -1;\n    list_append(l, s);\n  }\n  return 0;\n}\n",
    { requireCleanParse: true, name: 'a continue of the allocating loop drops the copy' },
  ],
  [
    R,
    'cpp',
    'void add_widget(Panel &p, int w) {\n  Widget *x = new Widget(w);\n  if (w <= 0) throw std::invalid_argument("width");\n  p.adopt(x);\n}\n',
    'void add_widget(Panel &p, int w) {\n  if (w <= 0) throw std::invalid_argument("width");\n  Widget *x = new Widget(w);\n  p.adopt(x);\n}\n',
    { requireCleanParse: true, name: 'a C++ throw after a raw new drops it' },
  ],
  [
    R,
    'c',
    'int show(struct cfg *c) {\n  char *name = NULL;\n  const char *k, *v;\n  while (cfg_next(c, &k, &v)) {\n    if (strcmp(k, "name") == 0) {\n      name = strdup(v);\n      if (strlen(v) > 64) continue;\n      printf("%s\\n", name);\n      free(name);\n      name = NULL;\n      continue;\n    }\n  }\n  free(name);\n  return 0;\n}\n',
    'int show(struct cfg *c) {\n  char *name = NULL;\n  const char *k, *v;\n  while (cfg_next(c, &k, &v)) {\n    if (strcmp(k, "name") == 0) {\n      free(name);\n      name = strdup(v);\n      continue;\n    }\n  }\n  printf("%s\\n", name ? name : "-");\n  free(name);\n  return 0;\n}\n',
    { requireCleanParse: true, name: 'a continue keeps a pointer declared outside the loop and freed after it' },
  ],
  [
    R,
    'c',
    'int copy_tree(const char *dst, const char *src) {\n  char *dup = strdup(dst);\n  if (!dup) return 1;\n  if (make_dirs(dirname(dup)) != 0)\n    return 1;\n  free(dup);\n  return copy_all(dst, src);\n}\n',
    'int cp_main(int argc, char **argv) {\n  char *dup = strdup(argv[1]);\n  if (!dup) return 1;\n  if (make_dirs(dirname(dup)) != 0)\n    return 1;\n  free(dup);\n  return copy_all(argv[1], argv[2]);\n}\n',
    { requireCleanParse: true, name: "a return from a program's entry point ends the process and frees everything" },
  ],
  [
    'c-allocation-never-released',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char *p = malloc(32);\n  if (p == NULL) return;\n  strcpy(p, "x");\n  printf("%s\\n", p);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char *p = malloc(32);\n  if (p == NULL) return;\n  strcpy(p, "x");\n  printf("%s\\n", p);\n  free(p);\n}\n',
    { requireCleanParse: true, name: 'block only borrowed, never freed', cwe: 'CWE-401' },
  ],
  [
    'c-allocation-never-released',
    'cpp',
    'struct Item { int id; };\nvoid f() {\n  Item *it = new Item;\n  it->id = 3;\n}\n',
    'struct Item { int id; };\nvoid keep(Item *);\nvoid f() {\n  Item *it = new Item;\n  it->id = 3;\n  keep(it);\n}\n',
    { requireCleanParse: true, name: 'object handed on is not reported' },
  ],
  [
    'c-allocation-never-released',
    'c',
    'int dup_text(const char *s, size_t n) {\n  char *cp = malloc(n + 1);\n  if (cp == NULL) return -1;\n  memcpy(cp, s, n);\n  cp[n] = 0;\n  return (0);\n}\n',
    'char *dup_text(const char *s, size_t n) {\n  char *cp = malloc(n + 1);\n  if (cp == NULL) return NULL;\n  cp[n] = 0;\n  return memcpy(cp, s, n);\n}\n',
    { requireCleanParse: true, name: 'a copy that returns its destination hands the block back' },
  ],
  [
    'c-allocation-never-released',
    'c',
    'char *dup_text(const char *s, size_t n) {\n  char *cp = malloc(n + 1);\n  if (cp == NULL) return NULL;\n  memcpy(cp, s, n);\n  cp[n] = 0;\n  return (NULL);\n}\n',
    'char *dup_text(const char *s, size_t n) {\n  char *cp = malloc(n + 1);\n  if (cp == NULL) return NULL;\n  memcpy(cp, s, n);\n  cp[n] = 0;\n  return (cp);\n}\n',
    { requireCleanParse: true, name: 'a parenthesised return hands the block back' },
  ],
  [
    'c-allocation-never-released',
    'c',
    'struct handle { int magic; };\nstruct box { struct handle h; int depth; };\nstruct handle *box_new(void) {\n  struct box *b = calloc(1, sizeof(*b));\n  if (b == NULL) return NULL;\n  b->h.magic = 7;\n  return NULL;\n}\n',
    'struct handle { int magic; };\nstruct box { struct handle h; int depth; };\nstruct handle *box_new(void) {\n  struct box *b = calloc(1, sizeof(*b));\n  if (b == NULL) return NULL;\n  b->h.magic = 7;\n  return (&(b->h));\n}\n',
    { requireCleanParse: true, name: "returning the address of the block's first member hands it back" },
  ],
];

describeRuleCases('CWE-401 memory leak (C/C++ rules)', CASES);
