// CWE-416 use after free (Cpp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'cpp-reference-invalidated',
    'cpp',
    'void f(std::vector<T> &v) { T &r = v[0]; v.push_back(T{}); r.x = 1; }\n',
    'void f(std::vector<T> &v) { v.push_back(T{}); v[0].x = 1; }\n',
  ],
  [
    'cpp-return-local-c-str',
    'cpp',
    'const char *f() { std::string s = g(); return s.c_str(); }\n',
    'std::string f() { std::string s = g(); return s; }\n',
  ],
  [
    'cpp-use-after-delete',
    'cpp',
    cpp('void f(Node *n) { delete n; log(n->id); }'),
    cpp('void f(Node *n) { log(n->id); delete n; }'),
    { cwe: 'CWE-416' },
  ],
  [
    'cpp-erase-invalidates-iterator',
    'cpp',
    cpp('void f(std::vector<int> &v) { for (auto it = v.begin(); it != v.end(); ++it) { if (*it < 0) v.erase(it); } }'),
    cpp(
      'void f(std::vector<int> &v) { for (auto it = v.begin(); it != v.end();) { if (*it < 0) it = v.erase(it); else ++it; } }',
    ),
    { cwe: 'CWE-416' },
  ],
  [
    'cpp-temporary-c-str',
    'cpp',
    cpp('void f(const std::string &d) { const char *p = (d + "/x").c_str(); puts(p); }'),
    cpp('void f(const std::string &d) { const std::string s = d + "/x"; puts(s.c_str()); }'),
    { cwe: 'CWE-416' },
  ],
  [
    'cpp-stale-smart-pointer-get',
    'cpp',
    cpp('void f(std::unique_ptr<C> &o) { C *c = o.get(); o.reset(new C()); c->run(); }'),
    cpp('void f(std::unique_ptr<C> &o) { o.reset(new C()); C *c = o.get(); c->run(); }'),
    { cwe: 'CWE-416' },
  ],
];

describeRuleCases('CWE-416 use after free (Cpp rules)', CASES);
