// C++ idioms of professional code that fired in field scans (session 13, docs/field-precision.md), written as our
// own snippets: each safe form stays clean (or a note) and the vulnerable twin is still flagged.
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';
import { ruleTiers } from './ruleTestKit';

const READER_CLASS =
  'class Reader {\n  char buf[64];\n  int start = 0, len = 0;\n  bool fill(int pos, int n);\n public:\n  int byteAt(int pos);\n};\n';
const BYTE_AT = 'int Reader::byteAt(int pos) {\n  if (!fill(pos, 1)) return -1;\n  return buf[pos - start];\n}\n';

const CASES: RuleCase[] = [
  [
    'cpp-double-delete',
    'cpp',
    'void emit(int mode, Row *row) {\n  switch (mode) {\n  case 0:\n    delete row;\n  case 1:\n    delete row;\n    break;\n  }\n}\n',
    'void emit(int mode, Row *row) {\n  switch (mode) {\n  case 0:\n    delete row;\n    break;\n  case 1:\n    delete row;\n    break;\n  }\n}\n',
    { name: "a case's break ends the path: the next case's delete is another path" },
  ],
  [
    'cpp-double-delete',
    'cpp',
    'void parse(int n) {\n  Parser *p = new Parser();\n  p->run();\n  delete p;\n  for (int i = 0; i < n; i++) {\n    log(i);\n    delete p;\n  }\n}\n',
    'void parse(int n) {\n  Parser *p = new Parser();\n  p->run();\n  delete p;\n  for (int i = 0; i < n; i++) {\n    p = new Parser();\n    p->run();\n    delete p;\n  }\n}\n',
    { name: 'a later loop that gives the pointer a new object before deleting it' },
  ],
  [
    'cpp-use-after-delete',
    'cpp',
    'void emit(Link *l) {\n  Str *ls = l->start();\n  put(ls);\n  delete ls;\n  while (l->next()) {\n    put(*ls);\n  }\n}\n',
    'void emit(Link *l) {\n  Str *ls = l->start();\n  put(ls);\n  delete ls;\n  while (l->next()) {\n    Str *ls = l->start();\n    put(ls);\n    delete ls;\n  }\n}\n',
    { name: 'a later block declares a new pointer of the same name (`T *p = ...`)' },
  ],
  [
    'cpp-mismatched-delete',
    'cpp',
    'void rows(unsigned char *data, int h, int stride) {\n  unsigned char **rp = new unsigned char *[h];\n  for (int y = 0; y < h; ++y) rp[y] = data + y * stride;\n  write_rows(rp, h);\n  delete rp;\n}\n',
    'void rows(unsigned char *data, int h, int stride) {\n  unsigned char **rp = new unsigned char *[h];\n  for (int y = 0; y < h; ++y) rp[y] = data + y * stride;\n  write_rows(rp, h);\n  delete[] rp;\n}\n',
    { name: 'an array of pointers (`new T *[n]`) is an array allocation' },
  ],
  [
    'hardcoded-password',
    'cpp',
    'static char ownerPassword[33] = "tiger-77";\n',
    'static char ownerPassword[33] = "\\001";\n',
    { name: 'a one-byte escape is an empty-password sentinel, not a secret' },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    'struct Gf {\n  unsigned char values[16];\n  unsigned char operator()(uint8_t i) const { return values[i]; }\n};\n',
    'struct Gf {\n  unsigned char values[256];\n  unsigned char operator()(uint8_t i) const { return values[i]; }\n};\n',
    { name: 'a byte parameter cannot pass a table of 256 entries' },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    'static Item items[8];\nItem pick(int i) { return items[i]; }\n',
    'Item pick(Store &s, int i) { return s.items()[i]; }\n',
    { name: "a call's result is an object with its own operator[]" },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    `${READER_CLASS}bool Reader::fill(int pos, int n) { return reload(pos, n); }\n${BYTE_AT}`,
    `${READER_CLASS}bool Reader::fill(int pos, int n) {\n  if (pos >= start && pos + n <= start + len) return true;\n  return reload(pos, n);\n}\n${BYTE_AT}`,
    { name: 'a helper of the file that bounds the index, whose failure returns first' },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    'static int table[16];\nbool valid(int i) { return i >= 0; }\nint lookup(int i) {\n  if (!valid(i)) return -1;\n  return table[i];\n}\n',
    'static int table[16];\nbool valid(int i) { return i >= 0 && i < 16; }\nint lookup(int i) {\n  if (!valid(i)) return -1;\n  return table[i];\n}\n',
    { name: 'a helper that only tests the sign is no bound; one that compares with the size is' },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    'static const char kinds[256] = {0};\nbool isSpace(int c) { return c >= 0 && kinds[c] == 1; }\n',
    'static const char kinds[256] = {0};\nbool isSpace(int c) { return c >= 0 && c <= 0xff && kinds[c] == 1; }\n',
    { name: 'the left side of && bounds the index before the right side reads (a sign test alone does not)' },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    'static const unsigned char sbox[256] = {0x63};\nunsigned top(unsigned int x) { return sbox[x >> 16]; }\n',
    'static const unsigned char sbox[256] = {0x63};\nunsigned top(unsigned int x) { return sbox[x >> 24]; }\n',
    { name: 'the top byte of a 32-bit unsigned parameter indexes a 256-entry table' },
  ],
  [
    'c-signed-length-copy',
    'cpp',
    'void derive(unsigned char *test, const char *pw, int len) {\n  if (len > 127) {\n    len = 127;\n  }\n  memcpy(test, pw, len);\n}\n',
    'void derive(unsigned char *test, const GooString *pw) {\n  int len = pw->getLength();\n  if (len > 127) {\n    len = 127;\n  }\n  memcpy(test, pw->c_str(), len);\n}\n',
    { name: "a string's getLength() clamped to a constant cannot be negative" },
  ],
  [
    'cpp-two-owners-one-pointer',
    'cpp',
    'void show(Widget *w) {\n  std::unique_ptr<Widget> a(w);\n  std::unique_ptr<Widget> b(w);\n}\n',
    'void show(Catalog *c, int i) {\n  std::unique_ptr<Dest> a = c->makeDest(i);\n  std::unique_ptr<Dest> b = c->makeNamedDest(i);\n}\n',
    { name: 'two owners each from a factory call handed the same number' },
  ],
  [
    'c-deref-before-null-check',
    'cpp',
    'int digits(const char *cur, const char *end) {\n  int v = cur[0];\n  if (v > 9 || cur) return -1;\n  return v;\n}\n',
    'int digits(const char *cur, const char *end) {\n  int v = cur[0];\n  if (v > 9 || cur != end) return -1;\n  return v;\n}\n',
    { name: '`|| p != end` compares the pointer with an end, not with NULL' },
  ],
  [
    'c-deref-before-null-check',
    'cpp',
    'void finish(GooString *name) {\n  print(name->c_str());\n  if (name) {\n    print_more();\n  }\n}\n',
    'void finish(GooString *name) {\n  print(name->c_str());\n  if (name) {\n    delete name;\n  }\n}\n',
    { name: '`if (p) delete p;` is a habit around the release, not a NULL claim' },
  ],
  [
    'cpp-erase-invalidates-iterator',
    'cpp',
    'void prune(std::list<Node *> &pending) {\n  for (auto it = pending.begin(); it != pending.end(); ++it) {\n    if ((*it)->done()) pending.erase(it);\n  }\n}\n',
    'void prune(std::list<Node *> &pending) {\n  auto it = pending.begin();\n  while (it != pending.end()) {\n    auto next = std::next(it);\n    if ((*it)->done()) pending.erase(it);\n    it = next;\n  }\n}\n',
    { name: 'the successor saved before the erase replaces the iterator' },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    'static int table[16];\nbool fill(int pos) {\n  for (int k = 0; k < pos; k++) step(k);\n  return true;\n}\nint lookup(int i) {\n  if (!fill(i)) return -1;\n  return table[i];\n}\n',
    'static int table[16];\nbool fill(int pos) {\n  if (pos >= 16) return false;\n  return true;\n}\nint lookup(int i) {\n  if (!fill(i)) return -1;\n  return table[i];\n}\n',
    { name: "a helper's loop bound is no check of its parameter; a rejecting if is" },
  ],
  [
    'c-unchecked-copy-length',
    'cpp',
    'ssize_t File::readInto(char *buf, size_t sz) {\n  auto n = std::max<size_t>(data.size() - head, sz);\n  memcpy(&buf[0], &data[head], n);\n  head += n;\n  return n;\n}\n',
    'ssize_t File::readInto(char *buf, size_t sz) {\n  auto n = std::min<size_t>(data.size() - head, sz);\n  memcpy(&buf[0], &data[head], n);\n  head += n;\n  return n;\n}\n',
    { name: 'std::min with explicit template arguments clamps the length' },
  ],
  [
    'c-stack-copy-unbounded',
    'cpp',
    'void take(std::string &out, const char *src, size_t sz) {\n  char local[64];\n  size_t n = std::max<size_t>(sz, 16);\n  memcpy(local, src, n);\n  out.assign(local, n);\n}\n',
    'void take(std::string &out, const char *src, size_t sz) {\n  char local[64];\n  size_t n = std::min<size_t>(sz, sizeof local);\n  memcpy(local, src, n);\n  out.assign(local, n);\n}\n',
    { name: 'a length clamped where it was set bounds the stack copy' },
  ],
  [
    'c-unchecked-copy-length',
    'cpp',
    'void setOption(Option *opt, const char *value, int n) {\n  strncpy((char *)opt->val, value, n - 1);\n}\n',
    'void setOption(Option *opt, const char *value) {\n  strncpy((char *)opt->val, value, opt->size - 1);\n}\n',
    { name: "the record's own size kept beside its buffer" },
  ],
  [
    'c-unchecked-divisor',
    'cpp',
    'static void digits(unsigned x, char *out, int base) {\n  int i = 0;\n  while (x) {\n    out[i++] = "0123456789abcdef"[x % base];\n    x /= base;\n  }\n}\nvoid any(unsigned x, char *b, int base) { digits(x, b, base); }\nvoid hex(unsigned x, char *b) { digits(x, b, 16); }\n',
    'static void digits(unsigned x, char *out, int base) {\n  int i = 0;\n  while (x) {\n    out[i++] = "0123456789abcdef"[x % base];\n    x /= base;\n  }\n}\nvoid dec(unsigned x, char *b) { digits(x, b, 10); }\nvoid hex(unsigned x, char *b) { digits(x, b, 16); }\n',
    { name: 'every call in the file passes a non-zero base' },
  ],
  [
    'cpp-copy-double-delete',
    'cpp',
    'class Iter {\n public:\n  Iter() = default;\n  virtual ~Iter() = default;\n  virtual bool Next() = 0;\n};\nclass Merging : public Iter {\n public:\n  explicit Merging(int n) : kids_(new Iter *[n]) {}\n  ~Merging() override { delete[] kids_; }\n  bool Next() override { return false; }\n private:\n  Iter **kids_;\n};\nvoid keep(Merging m);\n',
    'class Iter {\n public:\n  Iter() = default;\n  Iter(const Iter &) = delete;\n  Iter &operator=(const Iter &) = delete;\n  virtual ~Iter() = default;\n  virtual bool Next() = 0;\n};\nclass Merging : public Iter {\n public:\n  explicit Merging(int n) : kids_(new Iter *[n]) {}\n  ~Merging() override { delete[] kids_; }\n  bool Next() override { return false; }\n private:\n  Iter **kids_;\n};\nvoid keep(Merging m);\n',
    { name: 'a base of the file that deletes its copy makes the derived class non-copyable' },
  ],
];

describeRuleCases('C++ idioms of professional code (session 13)', CASES);

describe('an index into a member the file does not declare', () => {
  const member = 'Item Store::get(int i) const { return items_[i]; }\n';
  it('is a note in an out-of-line member function (the class lives in a header)', async () => {
    expect(await ruleTiers('c-unchecked-index-read', 'cpp', member)).toEqual(['note']);
    expect(
      await ruleTiers('c-unchecked-index-write', 'cpp', 'void Store::put(int i, Item v) { items_[i] = v; }\n'),
    ).toEqual(['note']);
  });
  it('is a note for a copy into such a member sized by the caller, a finding for a declared array', async () => {
    const copy = 'void Sink::Append(const char *data, size_t n) {\n  std::memcpy(dest_, data, n);\n}\n';
    expect(await ruleTiers('c-unchecked-copy-length', 'cpp', copy)).toEqual(['note']);
    const declared = `class Sink {\n  char dest_[64];\n public:\n  void Append(const char *data, size_t n);\n};\n${copy}`;
    expect(await ruleTiers('c-unchecked-copy-length', 'cpp', declared)).toEqual(['finding']);
  });
  it('stays a finding when the file declares the class and its array', async () => {
    const declared = `class Store {\n  Item items_[8];\n public:\n  Item get(int i) const;\n};\n${member}`;
    expect(await ruleTiers('c-unchecked-index-read', 'cpp', declared)).toEqual(['finding']);
  });
  it('stays a finding when the index is a local read from input', async () => {
    const input = 'Item Store::next(const char *s) const {\n  int i = atoi(s);\n  return items_[i];\n}\n';
    expect(await ruleTiers('c-unchecked-index-read', 'cpp', input)).toEqual(['finding']);
  });
});

describe('a leak on an early return', () => {
  const body = (fn: string): string =>
    `int ${fn}(int argc, char **argv) {\n  Name *name = new Name(argv[1]);\n  if (!load()) {\n    return 99;\n  }\n  run(name);\n  delete name;\n  return 0;\n}\n`;
  it('is counted in a function and not reported in main (the process gives its memory back)', async () => {
    expect(await ruleTiers('c-leak-on-early-return', 'cpp', body('run_tool'))).toEqual(['finding']);
    expect(await ruleTiers('c-leak-on-early-return', 'cpp', body('main'))).toEqual([]);
  });
});

describe('a class that deletes a raw member with no copy constructor', () => {
  const body =
    ' {\n public:\n  explicit Table(int n) : rows_(new Row[n]) {}\n  ~Table() { delete[] rows_; }\n private:\n  Row *rows_;\n};\n';
  const copies = 'void keep(Table t);\n';
  it('is a note when its base is declared elsewhere (the header base may delete its copy)', async () => {
    expect(await ruleTiers('cpp-copy-double-delete', 'cpp', `class Table : public Iterator${body}${copies}`)).toEqual([
      'note',
    ]);
    expect(await ruleTiers('cpp-copy-double-delete', 'cpp', `class Table${body}${copies}`)).toEqual(['finding']);
  });
  it('is reported only when the file copies such an object (by value, copy-initialised or assigned)', async () => {
    const tiers = (use: string): Promise<string[]> =>
      ruleTiers('cpp-copy-double-delete', 'cpp', `class Table${body}${use}`);
    expect(await tiers('int main() {\n  Table a(4);\n  Table b = a;\n  return 0;\n}\n')).toEqual(['finding']);
    expect(await tiers('int main() {\n  Table a(4);\n  Table b(8);\n  b = a;\n  return 0;\n}\n')).toEqual(['finding']);
    expect(await tiers('int main() {\n  Table a(4);\n  show(&a);\n  return 0;\n}\n')).toEqual([]);
  });
});
