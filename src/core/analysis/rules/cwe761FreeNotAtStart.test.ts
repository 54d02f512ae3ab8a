// CWE-761 free of a pointer not at the start of its buffer: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-free-not-at-start',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char *p = malloc(16);\n  if (p == NULL) return;\n  strcpy(p, "abc");\n  while (*p == \'a\') p++;\n  free(p);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char *p = malloc(16);\n  size_t i = 0;\n  if (p == NULL) return;\n  strcpy(p, "abc");\n  while (p[i] == \'a\') i++;\n  free(p);\n}\n',
    { requireCleanParse: true, name: 'pointer advanced while scanning', cwe: 'CWE-761' },
  ],
  [
    'c-free-not-at-start',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char *p = malloc(16);\n  char *eq;\n  if (p == NULL) return;\n  strcpy(p, "k=v");\n  eq = strchr(p, \'=\');\n  free(eq);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char *p = malloc(16);\n  char *eq;\n  if (p == NULL) return;\n  strcpy(p, "k=v");\n  eq = strchr(p, \'=\');\n  free(p);\n}\n',
    { requireCleanParse: true, name: 'pointer found inside the block' },
  ],
];

describeRuleCases('CWE-761 free of pointer not at start of buffer', CASES);
