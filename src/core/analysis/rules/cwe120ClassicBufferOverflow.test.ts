// CWE-120 copies without checking the destination size: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  ['c-gets', 'c', 'void f(void) { char b[8]; gets(b); }\n', 'void f(void) { char b[8]; fgets(b, sizeof b, stdin); }\n'],
  [
    'c-unbounded-copy',
    'c',
    'struct rec { char b[8]; };\nvoid f(struct rec *r, const char *s) { strcpy(r->b, s); }\n',
    'struct rec { char b[8]; };\nvoid f(struct rec *r, const char *s) { snprintf(r->b, sizeof r->b, "%s", s); }\n',
    { name: 'a struct member array' },
  ],
  [
    'c-unbounded-copy',
    'c',
    'char *join(const char *a, const char *b) {\n  size_t total = strlen(a) + 1;\n  char *p = malloc(total);\n  strcpy(p, a);\n  strcat(p, b);\n  return p;\n}\n',
    'char *join(const char *a, const char *b) {\n  size_t total = strlen(a) + strlen(b) + 1;\n  char *p = malloc(total);\n  strcpy(p, a);\n  strcat(p, b);\n  return p;\n}\n',
    { name: 'a destination sized through a local that measures every source' },
  ],
  [
    'cpp-stream-into-char-array',
    'cpp',
    cpp('int main() { char n[8]; std::cin >> n; }'),
    cpp('int main() { char n[8]; std::cin >> std::setw(sizeof n) >> n; }'),
    { cwe: 'CWE-120' },
  ],
];

describeRuleCases('CWE-120 copies without checking the destination size', CASES);
