// CWE-476 NULL pointer dereference (Native rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'c-unchecked-alloc',
    'c',
    'void f(size_t n) { char *p = malloc(n); p[0] = 1; }\n',
    'void f(size_t n) { char *p = malloc(n); if (p == NULL) return; p[0] = 1; }\n',
  ],
  [
    'c-unchecked-alloc',
    'c',
    'int set_name(struct rec *r, const char *s, size_t len) {\n  r->name = malloc(len);\n  memcpy(r->name, s, len);\n  return 0;\n}\n',
    'int set_name(struct rec *r, const char *s, size_t len) {\n  if ((r->name = malloc(len)) == NULL)\n    return -1;\n  memcpy(r->name, s, len);\n  return 0;\n}\n',
    { name: 'an allocation tested in the condition that assigns it' },
  ],
  [
    'c-nullable-deref',
    'c',
    "void f(char *l) { char *eq = strchr(l, '='); *eq = 0; }\n",
    "void f(char *l) { char *eq = strchr(l, '='); if (eq == NULL) return; *eq = 0; }\n",
  ],
  [
    'cpp-find-without-end-check',
    'cpp',
    cpp('int f(const std::map<int, int> &m, int k) { auto it = m.find(k); return it->second; }'),
    cpp('int f(const std::map<int, int> &m, int k) { auto it = m.find(k); return it == m.end() ? 0 : it->second; }'),
    { cwe: 'CWE-476' },
  ],
  [
    'c-nullable-deref',
    'cpp',
    'class Users {\n public:\n  User *byId(int id) {\n    for (auto &u : all_) if (u.id == id) return &u;\n    return nullptr;\n  }\n private:\n  std::vector<User> all_;\n};\nstd::string nameOf(Users &users, int id) {\n  User *u = users.byId(id);\n  return u->name;\n}\n',
    'class Users {\n public:\n  User *byId(int id) {\n    for (auto &u : all_) if (u.id == id) return &u;\n    return nullptr;\n  }\n private:\n  std::vector<User> all_;\n};\nstd::string nameOf(Users &users, int id) {\n  User *u = users.byId(id);\n  if (!u) return "";\n  return u->name;\n}\n',
    { cwe: 'CWE-476', name: "a method of the file's class that returns nullptr, called on an object" },
  ],
];

describeRuleCases('CWE-476 NULL pointer dereference (Native rules)', CASES);

describe('c-unchecked-alloc', () => {
  it('flags an allocation only when its first use dereferences it before a NULL test', async () => {
    const deref = await analyzeCode(
      'void f(size_t n) { char *p = malloc(n); p[0] = 1; if (!p) return; }\n',
      'c',
      nodeParser(),
    );
    const handedOn = await analyzeCode(
      'void f(size_t n) { char *p = malloc(n); g(p); p[0] = 1; }\n',
      'c',
      nodeParser(),
    );
    expect(deref.findings.map((f) => f.rule)).toContain('c-unchecked-alloc');
    expect(handedOn.findings.map((f) => f.rule)).not.toContain('c-unchecked-alloc');
  });
});
