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
];

describeRuleCases('CWE-416 use after free (C rules)', CASES);
