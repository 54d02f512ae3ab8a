// CWE-562 return of a stack variable's address: flagged and safe snippets (our own).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-return-local-address',
    'c',
    'char *label(int n) {\n  char buf[16];\n  snprintf(buf, sizeof buf, "#%d", n);\n  return buf;\n}\n',
    'char *label(int n) {\n  static char buf[16];\n  snprintf(buf, sizeof buf, "#%d", n);\n  return buf;\n}\n',
    { cwe: 'CWE-562', name: 'a local array returned as a pointer (a static one lives on)' },
  ],
  [
    'c-return-local-address',
    'cpp',
    'int *counter() {\n  int c = 0;\n  return &c;\n}\n',
    'int *counter() {\n  int *c = new int(0);\n  return c;\n}\n',
    { name: 'the address of a local int' },
  ],
  [
    'c-return-local-address',
    'cpp',
    'const std::string &greeting(const std::string &who) {\n  std::string s = "hi " + who;\n  return s;\n}\n',
    'std::string greeting(const std::string &who) {\n  std::string s = "hi " + who;\n  return s;\n}\n',
    { name: 'a reference to a local string (returning by value copies it)' },
  ],
  [
    'c-return-local-address',
    'cpp',
    'std::string describe(int n) {\n  char line[32];\n  snprintf(line, sizeof line, "%d", n);\n  return line;\n}\nconst char *tag() {\n  std::string t = "x";\n  return t.c_str();\n}\n',
    'std::string describe(int n) {\n  char line[32];\n  snprintf(line, sizeof line, "%d", n);\n  return line;\n}\n',
    { name: "a local array returned as a std::string is copied; a local string's c_str() is not" },
  ],
];

describeRuleCases('CWE-562 return of a stack variable address', CASES);
