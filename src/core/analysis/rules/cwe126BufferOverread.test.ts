// CWE-126 buffer over-read: the rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-constant-overread',
    'c',
    "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char src[16];\n  char dst[64];\n  memset(src, 1, sizeof(src));\n  memset(dst, 1, 63);\n  dst[63] = '\\0';\n  memcpy(dst, src, strlen(dst));\n}\n",
    "#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char src[64];\n  char dst[64];\n  memset(src, 1, sizeof(src));\n  memset(dst, 1, 63);\n  dst[63] = '\\0';\n  memcpy(dst, src, strlen(dst));\n}\n",
    { requireCleanParse: true, name: 'count measured on the larger destination', cwe: 'CWE-126' },
  ],
];

describeRuleCases('CWE-126 buffer over-read', CASES);
