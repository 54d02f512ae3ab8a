// CWE-134 externally controlled format strings: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  ['c-format-string', 'c', 'void f(const char *s) { printf(s); }\n', 'void f(const char *s) { printf("%s", s); }\n'],
  [
    'cpp-string-as-format',
    'cpp',
    cpp('void f(const std::string &m) { std::printf(m.c_str()); }'),
    cpp('void f(const std::string &m) { std::printf("%s", m.c_str()); }'),
    { cwe: 'CWE-134' },
  ],
  [
    'c-format-string',
    'cpp',
    '#include <cwchar>\nvoid f(const wchar_t *msg) {\n  wprintf(msg);\n}\n',
    '#include <cwchar>\nvoid f(const wchar_t *msg) {\n  wprintf(L"%ls", msg);\n}\n',
    { requireCleanParse: true, name: 'wide printf with a non-literal format' },
  ],
];

describeRuleCases('CWE-134 externally controlled format strings', CASES);
