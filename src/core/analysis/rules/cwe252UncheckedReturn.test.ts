// CWE-252 unchecked return value: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-unchecked-privilege-call',
    'c',
    '#include <unistd.h>\nvoid drop(uid_t uid, gid_t gid) {\n    setgid(gid);\n    setuid(uid);\n}\n',
    '#include <stdlib.h>\n#include <unistd.h>\nvoid drop(uid_t uid, gid_t gid) {\n    if (setgid(gid) != 0 || setuid(uid) != 0) abort();\n}\n',
  ],
  [
    'c-unchecked-privilege-call',
    'cpp',
    '#include <unistd.h>\nvoid jail(const char *dir) {\n    chroot(dir);\n    chdir("/");\n}\n',
    '#include <unistd.h>\n#include <stdexcept>\nvoid jail(const char *dir) {\n    if (chroot(dir) != 0 || chdir("/") != 0) throw std::runtime_error("jail");\n}\n',
  ],
  [
    'c-unchecked-read-call',
    'c',
    '#include <stdio.h>\nvoid f(void) {\n  char line[64] = "";\n  fgets(line, sizeof(line), stdin);\n  puts(line);\n}\n',
    '#include <stdio.h>\nvoid f(void) {\n  char line[64] = "";\n  if (fgets(line, sizeof(line), stdin) == NULL) return;\n  puts(line);\n}\n',
    { requireCleanParse: true, name: 'fgets result ignored', cwe: 'CWE-252' },
  ],
];

describeRuleCases('CWE-252 unchecked return value', CASES);
