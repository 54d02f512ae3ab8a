// Shapes that fired on professional C/C++ code (field scans, docs/analyzer.md "Field precision (C++)") written as our
// own snippets: each safe form stays clean (or a note) and a genuinely vulnerable variant is still flagged.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';
import { isCounted } from './countedFindings';
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const GTEST = '#include <gtest/gtest.h>\n';

const CASES: RuleCase[] = [
  [
    'c-unchecked-index-read',
    'c',
    'static const char *KINDS[4] = {"a", "b", "c", "d"};\nconst char *kind(const unsigned char *msg) { return KINDS[*msg]; }\n',
    'typedef int Table[256];\nextern const Table CODES;\nint code(const unsigned char *msg) { return CODES[*msg]; }\n',
    { name: 'a use of the table (`return T[*p];`) is not its declaration, so it gives no bound' },
  ],
  [
    'c-unchecked-index-read',
    'c',
    'static int TABLE[8];\nint get(int i) { return TABLE[i]; }\n',
    'static int TABLE[8];\nint get(int i) {\n  lib_assert(i >= 0 && i < 8);\n  return TABLE[i];\n}\n',
    { name: "a project's assertion macro bounds the index" },
  ],
  [
    'c-unchecked-index-read',
    'cpp',
    'class Rows {\n public:\n  long get(std::size_t pos) { return _sizes[pos]; }\n private:\n  std::vector<long> _sizes;\n};\n',
    'class Rows {\n public:\n  long get(std::size_t pos) {\n    growSizes(pos);\n    return _sizes[pos];\n  }\n private:\n  void growSizes(std::size_t pos);\n  std::vector<long> _sizes;\n};\n',
    { name: 'a helper that grows the container to the index runs first' },
  ],
  [
    'c-unchecked-index-write',
    'cpp',
    'void Rows::put(std::size_t pos, long v) { _sizes[pos] = v; }\n',
    'void Rows::put(std::size_t pos, long v) {\n  ensure_rows(pos);\n  _sizes[pos] = v;\n}\n',
    { name: 'a helper named ensure* handed the index runs first' },
  ],
  [
    'c-uninitialized-local-read',
    'cpp',
    'int offset_of(const std::string &s) {\n  int zone;\n  int hours = to_hours(s);\n  return hours + zone;\n}\n',
    'int offset_of(const std::string &s) {\n  int zone;\n  int hours = split_zone(s, zone);\n  return hours + zone;\n}\n',
    { name: 'a call in an initialiser fills its reference argument' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'unsigned long name_length(void) {\n  char *name;\n  unsigned long n = strlen(name);\n  return n;\n}\n',
    'unsigned long name_length(void) {\n  char *name = "guest";\n  unsigned long n = strlen(name);\n  return n;\n}\n',
    { name: 'a read inside an initialiser is a read' },
  ],
  [
    'c-uninitialized-local-read',
    'c',
    'int last(int n) {\n  int i;\n  if (n > 0) {\n    for (i = 0; i < n; i++) step();\n  }\n  return i;\n}\n',
    'int last(int n) {\n  int i;\n  if (n > 0) {\n    for (i = 0; i < n; i++) step();\n  } else\n    i = -1;\n  return i;\n}\n',
    { name: "a for loop's initialiser sets the counter on its branch" },
  ],
  [
    'exception-fails-open',
    'cpp',
    'void openMailbox(Session &s) {\n  try {\n    s.login(user, secret);\n  } catch (LoginError &) {\n  }\n  s.list();\n}\n',
    'void testLoginRejected() {\n  Session s;\n  try {\n    s.login("user", "wrong");\n    fail("login must throw");\n  } catch (LoginError &) {\n  }\n  s.close();\n}\n',
    { name: 'a test that expects the throw fails itself when the call returns' },
  ],
  [
    'cpp-copy-double-delete',
    'cpp',
    'class Reader {\n public:\n  explicit Reader(Conn *c) : _conn(c) {}\n  ~Reader() { delete _conn; }\n private:\n  Conn *_conn;\n};\nvoid drain(Reader r);\n',
    'class Reader : public std::istream {\n public:\n  explicit Reader(Conn *c) : std::istream(nullptr), _conn(c) {}\n  ~Reader() { delete _conn; }\n private:\n  Conn *_conn;\n};\nvoid drain(Reader r);\n',
    { name: 'a stream base class is not copyable' },
  ],
  [
    'cpp-copy-double-delete',
    'cpp',
    'class Holder {\n public:\n  ~Holder() { delete _pool; }\n private:\n  Pool *_pool = nullptr;\n};\nvoid keep(Holder h);\n',
    'class Holder {\n public:\n  ~Holder() { delete _pool; }\n private:\n  Pool *_pool = nullptr;\n  std::mutex _lock;\n};\nvoid keep(Holder h);\n',
    { name: 'a mutex member makes the class non-copyable' },
  ],
  [
    'cpp-erase-invalidates-iterator',
    'cpp',
    'void prune(std::map<std::string, int> &m) {\n  for (auto it = m.begin(); it != m.end(); ++it)\n    if (it->second == 0) m.erase(it);\n}\n',
    'void prune(std::map<std::string, int> &m) {\n  auto it = m.begin();\n  std::map<std::string, int>::iterator cur;\n  while (it != m.end()) {\n    cur = it++;\n    if (cur->second == 0) m.erase(cur);\n  }\n}\n',
    { name: 'the erased iterator is a copy taken fresh at the top of every iteration' },
  ],
  [
    'c-leak-on-early-return',
    'cpp',
    'Conn *openConn(const Addr &a) {\n  Conn *c = new Conn();\n  if (!c->connect(a)) return nullptr;\n  track(c);\n  return c;\n}\n',
    'Conn::Ptr openConn(const Addr &a) {\n  Conn::Ptr c = new Conn();\n  if (!c->connect(a)) return nullptr;\n  track(c);\n  return c;\n}\n',
    { name: 'a smart-pointer holder frees the object on the early return' },
  ],
  [
    'c-unchecked-divisor',
    'c',
    'enum { base = 36, damp = 700 };\nunsigned adapt(unsigned delta, unsigned points) { return delta / points; }\n',
    'enum { base = 36, damp = 700 };\nunsigned adapt(unsigned delta) { return delta / damp; }\n',
    { name: 'a lower-case enum constant with a non-zero value' },
  ],
  [
    'c-unchecked-divisor',
    'cpp',
    'char pick(const std::string &key, int i) {\n  int len = static_cast<int>(key.size());\n  return key.at(i % len);\n}\n',
    'char pick(const std::string &key, int i) {\n  if (key.empty()) return 0;\n  int len = static_cast<int>(key.size());\n  return key.at(i % len);\n}\n',
    { name: "a local holding a container's size after the container was found non-empty" },
  ],
  [
    'c-failable-result-deref',
    'cpp',
    'const Entry *cookie(const Headers &h) {\n  const Entry *e = find_entry(h, "Cookie");\n  return e->next;\n}\n',
    'bool hasCookie() const {\n  Headers::ConstIterator it = find("Cookie");\n  while (it != end() && icompare(it->first, "Cookie") == 0) ++it;\n  return it != end();\n}\n',
    { name: 'a lookup stored in an iterator is compared with end(), not NULL' },
  ],
];

describeRuleCases('C/C++ field precision', CASES);

/** Rules whose claim is about deployed values: counted in a program, a note in a unit-test source. */
const TEST_FIXTURES: [rule: string, language: Language, code: string][] = [
  ['hardcoded-password', 'cpp', 'static const char *db_password = "s3cret-value";\n'],
  ['credential-in-literal', 'cpp', 'void connect() { open_db("postgres://admin:adminpw@db.local/app"); }\n'],
  ['guessable-prng-seed', 'cpp', 'void reset(std::mt19937 &gen) { gen.seed(12345); }\n'],
];

describe('C/C++ unit-test sources', () => {
  it.each(TEST_FIXTURES)('%s counts in a program and is a note in a GoogleTest file', async (rule, language, code) => {
    const tiers = async (source: string): Promise<boolean[]> =>
      (await analyzeCode(source, language, nodeParser())).findings.filter((f) => f.rule === rule).map(isCounted);
    expect(await tiers(code)).toContain(true);
    const test = `${GTEST}${code}TEST(Fixture, Runs) { EXPECT_TRUE(true); }\n`;
    const inTest = await tiers(test);
    expect(inTest.length).toBeGreaterThan(0);
    expect(inTest).not.toContain(true);
  });
});
