// CWE-476 in C++ (cwe476CppNothrow.ts): each rule flags its vulnerable snippet and stays silent on the safe one
// (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'cpp-nothrow-new-unchecked',
    'cpp',
    'Item *make(int v) { Item *p = new (std::nothrow) Item; p->value = v; return p; }',
    'Item *make(int v) { Item *p = new (std::nothrow) Item; if (!p) return nullptr; p->value = v; return p; }',
    { cwe: 'CWE-476' },
  ],
  [
    'cpp-nothrow-new-unchecked',
    'cpp',
    'int *buf(std::size_t n) { int *b = new (std::nothrow) int[n]; b[0] = 0; return b; }',
    'int *buf(std::size_t n) { int *b = new int[n]; b[0] = 0; return b; }',
    { cwe: 'CWE-476' },
  ],
  [
    'cpp-nullable-to-string',
    'cpp',
    'std::string shell() { const char *s = std::getenv("SHELL"); return std::string(s); }',
    'std::string shell() { const char *s = std::getenv("SHELL"); if (s == nullptr) return "/bin/sh"; return std::string(s); }',
    { cwe: 'CWE-476' },
  ],
  [
    'cpp-nullable-to-string',
    'cpp',
    'void show() { const char *u = getenv("USER"); std::string name(u); std::cout << name; }',
    'void show() { const char *u = getenv("USER"); std::string name(u ? u : "nobody"); std::cout << name; }',
    { cwe: 'CWE-476' },
  ],
];

describeRuleCases('CWE-476 nothrow new and getenv strings (C++)', CASES);
