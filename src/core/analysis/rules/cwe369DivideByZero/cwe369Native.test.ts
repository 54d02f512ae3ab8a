// CWE-369 divide by zero (Native rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-unchecked-divisor',
    'c',
    'long bucket(long v, long lo, long hi, long n) {\n  long span = hi - lo;\n  return (v - lo) * n / span;\n}\n',
    'long bucket(long v, long lo, long hi, long n) {\n  long span;\n  if (hi <= lo)\n    return -1;\n  span = hi - lo;\n  return (v - lo) * n / span;\n}\n',
    { requireCleanParse: true, name: 'a range width whose ends were compared first' },
  ],
  [
    'c-unchecked-divisor',
    'c',
    'int per_item(int total, int count) {\n  return total / count;\n}\n',
    'int per_item(int total, int count) {\n  if (count == 0)\n    return 0;\n  return total / count;\n}\n',
    { requireCleanParse: true, cwe: 'CWE-369', name: 'parameter divisor without a zero check' },
  ],
  [
    'c-unchecked-divisor',
    'c',
    'struct hdr { unsigned width; };\nunsigned rows(const struct hdr *h, unsigned size) {\n  return size % h->width;\n}\n',
    'struct hdr { unsigned width; };\nunsigned rows(const struct hdr *h, unsigned size) {\n  return h->width ? size % h->width : 0;\n}\n',
    { requireCleanParse: true, name: 'field divisor, ternary guard' },
  ],
  [
    'c-unchecked-divisor',
    'cpp',
    '#include <vector>\nlong mean(const std::vector<long> &v, long sum) {\n  return sum / v.size();\n}\n',
    '#include <vector>\nlong mean(const std::vector<long> &v, long sum) {\n  if (v.empty()) return 0;\n  return sum / v.size();\n}\n',
    { requireCleanParse: true, name: 'container size, empty() guard' },
  ],
  [
    'c-unchecked-divisor',
    'c',
    'int scale(int x, int n) {\n  int r = 0;\n  r = x / n;\n  return r;\n}\n',
    'int scale(int x, int n) {\n  int r = 0;\n  for (int i = 0; i < n; i++)\n    r += x / n;\n  return r;\n}\n',
    { requireCleanParse: true, name: 'a loop bounded by the divisor runs only when it is positive' },
  ],
  [
    'c-unchecked-divisor',
    'c',
    'struct ring { unsigned char *buf; size_t cap; size_t head; };\nint ring_init(struct ring *r, size_t cap) {\n  r->buf = malloc(cap);\n  r->cap = cap;\n  return r->buf ? 0 : -1;\n}\nvoid ring_skip(struct ring *r, size_t n) {\n  r->head = (r->head + n) % r->cap;\n}\n',
    'struct ring { unsigned char *buf; size_t cap; size_t head; };\nint ring_init(struct ring *r, size_t cap) {\n  if (cap == 0)\n    return -1;\n  r->buf = malloc(cap);\n  r->cap = cap;\n  return r->buf ? 0 : -1;\n}\nvoid ring_skip(struct ring *r, size_t n) {\n  r->head = (r->head + n) % r->cap;\n}\n',
    { requireCleanParse: true, name: 'a field every setter checks for zero is a non-zero invariant' },
  ],
  [
    'c-unchecked-divisor',
    'c',
    'struct map { void **b; size_t n; };\nint map_init(struct map *m, size_t n) {\n  if (n == 0)\n    return -1;\n  m->n = n;\n  return 0;\n}\nvoid map_clear(struct map *m) {\n  m->n = 0;\n}\nsize_t slot(const struct map *m, size_t h) {\n  return h % m->n;\n}\n',
    'struct map { void **b; size_t n; };\nint map_init(struct map *m, size_t n) {\n  if (n == 0)\n    return -1;\n  m->n = n;\n  return 0;\n}\nvoid map_free(struct map *m) {\n  free(m->b);\n  m->n = 0;\n}\nsize_t slot(const struct map *m, size_t h) {\n  return h % m->n;\n}\n',
    {
      requireCleanParse: true,
      name: 'a zero written by a teardown that frees the storage keeps the invariant; a live reset does not',
    },
  ],
  [
    'c-unchecked-divisor',
    'cpp',
    '#include <array>\n#include <vector>\nstruct Ring {\n  std::vector<int> items_;\n  std::size_t head_ = 0;\n  void step() { head_ = (head_ + 1) % items_.size(); }\n};\n',
    '#include <array>\n#include <vector>\nstruct Ring {\n  std::array<int, 16> items_{};\n  std::size_t head_ = 0;\n  void step() { head_ = (head_ + 1) % items_.size(); }\n};\n',
    { requireCleanParse: true, name: "a std::array's size is fixed and non-zero; a vector's may be zero" },
  ],
];

describeRuleCases('CWE-369 divide by zero', CASES);
