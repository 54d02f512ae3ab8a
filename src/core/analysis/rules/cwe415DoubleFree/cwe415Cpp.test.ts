// CWE-415 double free (Cpp rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'cpp-copy-double-delete',
    'cpp',
    'class B { public: B(int n) : d(new char[n]) {} ~B() { delete[] d; } private: char *d; };\nint use(B b);\n',
    'class B { public: B(int n) : d(new char[n]) {} B(const B &) = delete; B &operator=(const B &) = delete; ~B() { delete[] d; } private: char *d; };\nint use(B b);\n',
  ],
  [
    'cpp-copy-double-delete',
    'cpp',
    'class B { public: B(int n) : d(new char[n]) {} ~B() { delete[] d; } private: char *d; };\nvoid f() {\n  B a(4);\n  B c = a;\n}\n',
    'class B { public: B(int n) : d(new char[n]) {} ~B() { delete[] d; } private: char *d; };\nvoid f() {\n  B a(4);\n  const B &c = a;\n}\n',
    { name: 'a class the file never copies (a reference is no copy) frees once per object' },
  ],
  [
    'cpp-copy-double-delete',
    'cpp',
    'class B { public: ~B() { delete p; } private: int *p = nullptr; };\nvoid f(std::vector<B> &all, const B &one) { all.push_back(one); }\n',
    'class B { public: ~B() { delete p; } private: int *p = nullptr; };\nvoid f(std::vector<B *> &all, B *one) { all.push_back(one); }\n',
    { name: 'an object pushed into a container is copied; a pointer is not' },
  ],
  [
    'cpp-double-delete',
    'cpp',
    cpp('void f(char *b, bool bad) { if (bad) { delete[] b; } delete[] b; }'),
    cpp('void f(char *b, bool bad) { if (bad) { delete[] b; return; } delete[] b; }'),
    { cwe: 'CWE-415' },
  ],
  [
    'cpp-two-owners-one-pointer',
    'cpp',
    cpp('void f() { P *p = new P(); std::shared_ptr<P> a(p); std::shared_ptr<P> b(p); }'),
    cpp('void f() { auto a = std::make_shared<P>(); std::shared_ptr<P> b = a; }'),
    { cwe: 'CWE-415' },
  ],
  [
    'cpp-double-delete',
    'cpp',
    'static void drop(char *p) { delete[] p; }\nvoid f() {\n  char *p = new char[8];\n  delete[] p;\n  drop(p);\n}\n',
    'static void drop(char *p) { delete[] p; }\nvoid f() {\n  char *p = new char[8];\n  drop(p);\n}\n',
    { requireCleanParse: true, name: 'delete, then a function of the file that deletes it again' },
  ],
];

describeRuleCases('CWE-415 double free (Cpp rules)', CASES);
