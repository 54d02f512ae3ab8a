// CWE-457 data members a constructor leaves unset: flagged and safe snippets (our own).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'cpp-member-not-initialised',
    'cpp',
    'class Cursor {\n public:\n  explicit Cursor(const char *s) : text_(s) {}\n  char next() { return text_[pos_++]; }\n private:\n  const char *text_;\n  size_t pos_;\n};\n',
    'class Cursor {\n public:\n  explicit Cursor(const char *s) : text_(s), pos_(0) {}\n  char next() { return text_[pos_++]; }\n private:\n  const char *text_;\n  size_t pos_;\n};\n',
    { cwe: 'CWE-457', name: 'a counter missing from the initialiser list' },
  ],
  [
    'cpp-member-not-initialised',
    'cpp',
    'class Door {\n public:\n  Door() {}\n  bool open() const { return open_; }\n private:\n  bool open_;\n};\n',
    'class Door {\n public:\n  Door() {}\n  bool open() const { return open_; }\n private:\n  bool open_ = false;\n};\n',
    { name: 'a default member initialiser sets it' },
  ],
  [
    'cpp-member-not-initialised',
    'cpp',
    'class Door {\n public:\n  Door() {}\n  bool open() const { return open_; }\n private:\n  bool open_;\n};\n',
    'class Door {\n public:\n  Door() { open_ = false; }\n  bool open() const { return open_; }\n private:\n  bool open_;\n};\n',
    { name: "assigned in the constructor's body" },
  ],
  [
    'cpp-member-not-initialised',
    'cpp',
    'class Buf {\n public:\n  Buf() {}\n  Buf(const Buf &) = delete;\n  int size() const { return n_; }\n private:\n  int n_;\n};\n',
    'class Buf {\n public:\n  Buf() : n_(0) {}\n  Buf(const Buf &) = delete;\n  int size() const { return n_; }\n private:\n  int n_;\n};\n',
    { name: 'a deleted copy constructor is no constructor that leaves it unset' },
  ],
];

describeRuleCases('CWE-457 data members a constructor leaves unset', CASES);
