// CWE-416 use after free (C rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-free-loop-cursor',
    'c',
    'struct item { int dead; struct item *next; };\nvoid purge(struct item **head) {\n  struct item *it = *head, *prev = 0, *next;\n  while (it) {\n    if (it->dead) {\n      if (prev) prev->next = it->next; else *head = it->next;\n      free(it);\n    } else {\n      prev = it;\n    }\n    it = it->next;\n  }\n}\n',
    'struct item { int dead; struct item *next; };\nvoid purge(struct item **head) {\n  struct item *it = *head, *prev = 0, *next;\n  while (it) {\n    next = it->next;\n    if (it->dead) {\n      if (prev) prev->next = it->next; else *head = it->next;\n      free(it);\n    } else {\n      prev = it;\n    }\n    it = next;\n  }\n}\n',
    { name: 'a node freed in a branch of a while loop, then the loop advances through it' },
  ],
  ['c-use-after-free', 'c', 'void f(char *p) { free(p); p[0] = 1; }\n', 'void f(char *p) { free(p); p = NULL; }\n'],
  [
    'c-use-after-free',
    'c',
    'void f(struct job *j) { job_free(j); printf("%d", j->id); }\n',
    'void f(struct job *j) { printf("%d", j->id); job_free(j); }\n',
  ],
  [
    'c-free-loop-cursor',
    'c',
    'void f(struct n *h) { for (struct n *c = h; c; c = c->next) free(c); }\n',
    'void f(struct n *h) { struct n *nx; for (struct n *c = h; c; c = nx) { nx = c->next; free(c); } }\n',
  ],
  [
    'c-use-after-free',
    'c',
    '#include <stdio.h>\n#include <stdlib.h>\nvoid f(void) {\n  int j;\n  char *p = malloc(8);\n  if (!p) return;\n  for (j = 0; j < 1; j++) {\n    p[0] = 0;\n    free(p);\n  }\n  puts(p);\n}\n',
    '#include <stdio.h>\n#include <stdlib.h>\nvoid f(void) {\n  int j;\n  char *p = malloc(8);\n  if (!p) return;\n  for (j = 0; j < 1; j++) {\n    p[0] = 0;\n    puts(p);\n    free(p);\n  }\n}\n',
    { requireCleanParse: true, name: 'free inside a loop that runs once, use after it' },
  ],
  [
    'c-use-after-free',
    'c',
    'int check(const char *pw) {\n  char *host = own_hostname();\n  int hit = contains(pw, host);\n  free(host);\n  if (hit)\n    report("matches host %s", host);\n  return hit;\n}\n',
    'int check(const char *pw) {\n  char *host = own_hostname();\n  int hit = contains(pw, host);\n  free(host); /* the host name is no longer needed */\n  if (hit)\n    report("matches the host name");\n  return hit;\n}\n',
    { requireCleanParse: true, name: 'the freed name in a comment or a string literal is no use' },
  ],
  [
    'c-use-after-free',
    'c',
    'int load(struct info *in, const char *path) {\n  char *image = read_file(path);\n  parse(in, image);\n  free(image);\n  in->failed = (image[0] == 0);\n  return in->failed;\n}\n',
    'int load(struct info *in, const char *path) {\n  char *image = read_file(path);\n  parse(in, image);\n  free(image);\n  in->failed = (image == NULL);\n  return in->failed;\n}\n',
    { requireCleanParse: true, name: "a test of the freed pointer's value reads no freed memory" },
  ],
  [
    'c-use-after-free',
    'c',
    'int on_key(int key, char *buf, int fd) {\n  switch (key) {\n  case 1:\n    free(buf);\n    close(fd);\n  case 2:\n    buf[0] = 0;\n    return 1;\n  }\n  return 0;\n}\n',
    'int on_key(int key, char *buf, int fd) {\n  switch (key) {\n  case 1:\n    free(buf);\n    close(fd);\n    return 0;\n  case 2:\n    buf[0] = 0;\n    return 1;\n  }\n  return 0;\n}\n',
    { requireCleanParse: true, name: 'a case that returns after the free does not run the next case' },
  ],
];

describeRuleCases('CWE-416 use after free (C rules)', CASES);
