// CWE-681 incorrect numeric conversion: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-narrowed-size-argument',
    'c',
    '#include <stdlib.h>\n#include <string.h>\nchar *copy(const char *s) {\n  int n = strlen(s);\n  return memcpy(malloc(n + 1), s, n + 1);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\nchar *copy(const char *s) {\n  size_t n = strlen(s);\n  return memcpy(malloc(n + 1), s, n + 1);\n}\n',
    { requireCleanParse: true, cwe: 'CWE-681', name: 'strlen stored in int' },
  ],
  [
    'c-narrowed-size-argument',
    'c',
    '#include <stdlib.h>\nvoid *grow(size_t want) {\n  unsigned short n;\n  n = want;\n  return malloc(n);\n}\n',
    '#include <stdlib.h>\nvoid *grow(unsigned short want) {\n  unsigned short n;\n  n = want;\n  return malloc(n);\n}\n',
    { requireCleanParse: true, name: 'size_t parameter assigned to unsigned short' },
  ],
  [
    'c-narrowed-size-argument',
    'cpp',
    '#include <cstring>\n#include <string>\nvoid put(char *out, const std::string &s) {\n  int n = s.size();\n  std::memcpy(out, s.data(), n);\n}\n',
    '#include <cstring>\n#include <string>\nvoid put(char *out, const std::string &s) {\n  std::size_t n = s.size();\n  std::memcpy(out, s.data(), n);\n}\n',
    { requireCleanParse: true, name: 'std::string::size stored in int' },
  ],
];

describeRuleCases('CWE-681 incorrect numeric conversion', CASES);
