// CWE-121 stack buffer overflow: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
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
];

describeRuleCases('CWE-121 stack buffer overflow', CASES);
