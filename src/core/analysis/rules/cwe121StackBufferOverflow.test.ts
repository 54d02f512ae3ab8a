// CWE-121 stack buffer overflow: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-unbounded-stack-copy',
    'c',
    'void f(const char *s) { char b[8]; strcpy(b, s); }\n',
    'void f(const char *s) { char b[8]; snprintf(b, sizeof b, "%s", s); }\n',
    { cwe: 'CWE-121' },
  ],
  [
    'c-unbounded-stack-copy',
    'cpp',
    'void greet(const std::string &who) {\n  char line[32];\n  sprintf(line, "hi %s", who.c_str());\n  puts(line);\n}\n',
    'void greet(const std::string &who) {\n  static char line[32];\n  sprintf(line, "hi %s", who.c_str());\n  puts(line);\n}\n',
    { name: 'a static local array is not on the stack (c-unbounded-copy alone reports it)' },
  ],
  [
    'c-stack-copy-unbounded',
    'c',
    'int h(const unsigned char *p, size_t n) { char name[64]; size_t l = p[0]; if (l > n - 1) return -1; memcpy(name, p + 1, l); return 0; }\n',
    'int h(const unsigned char *p, size_t n) { char name[64]; size_t l = p[0]; if (l > n - 1 || l >= sizeof name) return -1; memcpy(name, p + 1, l); return 0; }\n',
  ],
  [
    'c-vla-from-input',
    'c',
    'void shout(const char *m) { size_t len = strlen(m); char tmp[len + 1]; memcpy(tmp, m, len + 1); puts(tmp); }\n',
    '#define MAX 64\nvoid shout(const char *m) { size_t len = strlen(m); if (len > MAX) len = MAX; char tmp[MAX + 1]; memcpy(tmp, m, len); tmp[len] = 0; puts(tmp); }\n',
  ],
  [
    'c-stack-constant-overrun',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char small[50];\n  char big[100];\n  char *p = small;\n  memset(big, 1, sizeof(big));\n  memcpy(p, big, 100);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(void) {\n  char small[50];\n  char big[100];\n  char *p = big;\n  memset(big, 1, sizeof(big));\n  memcpy(p, big, 100);\n}\n',
    { requireCleanParse: true, name: 'constant copy into a pointer last set to a smaller stack array', cwe: 'CWE-121' },
  ],
  [
    'c-stack-constant-overrun',
    'cpp',
    "#include <cwchar>\nvoid f() {\n  wchar_t dst[10];\n  wchar_t src[20];\n  wmemset(src, L'a', 19);\n  src[19] = L'\\0';\n  wcscpy(dst, src);\n}\n",
    "#include <cwchar>\nvoid f() {\n  wchar_t dst[20];\n  wchar_t src[20];\n  wmemset(src, L'a', 19);\n  src[19] = L'\\0';\n  wcscpy(dst, src);\n}\n",
    { requireCleanParse: true, name: 'string of known length copied into a smaller wide array' },
  ],
  [
    'c-stack-loop-overrun',
    'c',
    'void f(const int *src) {\n  int dst[8];\n  int i;\n  for (i = 0; i < 16; i++)\n    dst[i] = src[i];\n}\n',
    'void f(const int *src) {\n  int dst[16];\n  int i;\n  for (i = 0; i < 16; i++)\n    dst[i] = src[i];\n}\n',
    { requireCleanParse: true, name: 'loop bound above the array length', cwe: 'CWE-121' },
  ],
];

describeRuleCases('CWE-121 stack buffer overflow', CASES);
