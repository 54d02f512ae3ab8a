// CWE-195 signed to unsigned conversion: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const copy = (check: string): string =>
  `#include <string.h>\nint take(const char *in, int len) {\n  char buf[64];\n  if (${check})\n    return -1;\n  memcpy(buf, in, len);\n  return buf[0];\n}\n`;

const CASES: RuleCase[] = [
  [
    'c-signed-length-copy',
    'c',
    copy('len > (int)sizeof buf'),
    copy('len < 0 || len > (int)sizeof buf'),
    { requireCleanParse: true, name: 'an int length bounded from above only' },
  ],
  [
    'c-signed-length-copy',
    'c',
    '#include <stdlib.h>\n#include <unistd.h>\nchar *load(int fd) {\n  int n;\n  read(fd, &n, sizeof n);\n  if (MAX_RECORD < n)\n    return NULL;\n  return malloc(n);\n}\n',
    '#include <stdlib.h>\n#include <unistd.h>\nchar *load(int fd) {\n  unsigned n;\n  read(fd, &n, sizeof n);\n  if (MAX_RECORD < n)\n    return NULL;\n  return malloc(n);\n}\n',
    { requireCleanParse: true, name: 'a length read from a file, unsigned in the fix' },
  ],
  [
    'c-signed-length-copy',
    'c',
    '#include <string.h>\nvoid field(char *out, const unsigned char *p, int len) {\n  len = p[0] | (p[1] << 8) | (p[2] << 16) | (p[3] << 24);\n  if (len > 64)\n    return;\n  memcpy(out, p + 4, len);\n}\n',
    '#include <string.h>\nvoid field(char *out, const unsigned char *p, int len) {\n  len = read_u16(p);\n  if (len > 64)\n    return;\n  memcpy(out, p + 4, len);\n}\n',
    { requireCleanParse: true, name: 'a 16-bit read cannot be negative' },
  ],
  [
    'c-signed-length-copy',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(char *dst, const char *src) {\n  int n = 0;\n  scanf("%d", &n);\n  if (n < 64)\n    memset(dst, 0, n);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid f(char *dst, const char *src) {\n  int n = 0;\n  scanf("%d", &n);\n  if (n >= 0 && n < 64)\n    memset(dst, 0, n);\n}\n',
    { requireCleanParse: true, name: 'call inside an upper-bound-only if' },
  ],
];

describeRuleCases('CWE-195 signed to unsigned conversion', CASES);
