// CWE-415 double free (C rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-double-free-path',
    'c',
    'struct conn { char *buf; int up; };\nvoid conn_close(struct conn *c) {\n  free(c->buf);\n  c->up = 0;\n}\nvoid conn_destroy(struct conn *c) {\n  conn_close(c);\n  free(c->buf);\n  free(c);\n}\n',
    'struct conn { char *buf; int up; };\nvoid conn_close(struct conn *c) {\n  free(c->buf);\n  c->buf = NULL;\n  c->up = 0;\n}\nvoid conn_destroy(struct conn *c) {\n  conn_close(c);\n  free(c->buf);\n  free(c);\n}\n',
    { name: 'a field freed by a function that ends without clearing it, and freed again by its owner' },
  ],
  ['c-double-free', 'c', 'void f(char *p) { free(p); free(p); }\n', 'void f(char *p) { free(p); }\n'],
  [
    'c-double-free-path',
    'c',
    'int f(void) { char *b = malloc(8); if (g(b)) { free(b); goto out; } out: free(b); return 0; }\n',
    'int f(void) { char *b = malloc(8); if (g(b)) { goto out; } out: free(b); return 0; }\n',
  ],
  [
    'c-double-free-path',
    'c',
    'static int send_it(int fd, char *m) { if (write(fd, m, 1) < 0) { free(m); return -1; } return 0; }\nint r(int fd) { char *m = strdup("x"); int rc = send_it(fd, m); free(m); return rc; }\n',
    'static int send_it(int fd, char *m) { if (write(fd, m, 1) < 0) return -1; return 0; }\nint r(int fd) { char *m = strdup("x"); int rc = send_it(fd, m); free(m); return rc; }\n',
  ],
  [
    'c-double-free-path',
    'c',
    'struct e { char *key; };\nint drop(struct e *x, int bad) {\n  if (bad) {\n    free(x->key);\n    return -1;\n  }\n  return 0;\n}\nvoid e_free(struct e *x) {\n  free(x->key);\n  free(x);\n}\n',
    'struct e { char *key; };\nint drop(struct e *x, int bad) {\n  if (bad) {\n    free(x->key);\n    free(x);\n    return -1;\n  }\n  return 0;\n}\nvoid e_free(struct e *x) {\n  free(x->key);\n  free(x);\n}\n',
    { requireCleanParse: true, name: 'a field freed together with its owner is not freed again by the owner' },
  ],
  [
    'c-double-free-path',
    'c',
    '#include <stdlib.h>\nstatic void drop(char *p) { free(p); }\nvoid f(void) {\n  char *p = malloc(8);\n  free(p);\n  drop(p);\n}\n',
    '#include <stdlib.h>\nstatic void drop(char *p) { free(p); }\nvoid f(void) {\n  char *p = malloc(8);\n  drop(p);\n}\n',
    { requireCleanParse: true, name: 'free, then a function of the file that frees it again' },
  ],
  [
    'c-double-free',
    'c',
    'void show(int kind, struct msg *m) {\n  char *v = NULL;\n  switch (kind) {\n  case 1:\n    v = msg_text(m);\n    puts(v);\n    free(v);\n  case 2:\n    free(v);\n    break;\n  }\n}\n',
    'void show(int kind, struct msg *m) {\n  char *v = NULL;\n  switch (kind) {\n  case 1:\n    v = msg_text(m);\n    puts(v);\n    free(v);\n    break;\n  case 2:\n    free(v);\n    break;\n  }\n}\n',
    { requireCleanParse: true, name: 'a free in a case that breaks is not followed by the next case' },
  ],
];

describeRuleCases('CWE-415 double free (C rules)', CASES);
