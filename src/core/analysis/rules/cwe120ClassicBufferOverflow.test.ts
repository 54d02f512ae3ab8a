// CWE-120 copies without checking the destination size: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  ['c-gets', 'c', 'void f(void) { char b[8]; gets(b); }\n', 'void f(void) { char b[8]; fgets(b, sizeof b, stdin); }\n'],
  [
    'c-unbounded-copy',
    'c',
    'void f(const char *s) { char b[8]; strcpy(b, s); }\n',
    'void f(const char *s) { char b[8]; snprintf(b, sizeof b, "%s", s); }\n',
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
