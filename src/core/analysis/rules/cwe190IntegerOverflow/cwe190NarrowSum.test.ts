// CWE-190 sums of 32-bit lengths sizing an allocation: flagged beside careful twins (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const R = 'c-narrow-sum-allocation';

const CASES: RuleCase[] = [
  [
    R,
    'c',
    'char *join(const char *a, uint32_t alen, const char *b, uint32_t blen) {\n  uint32_t total = alen + blen;\n  char *out = malloc(total);\n  if (!out) return NULL;\n  memcpy(out, a, alen);\n  memcpy(out + alen, b, blen);\n  return out;\n}\n',
    'char *join(const char *a, uint32_t alen, const char *b, uint32_t blen) {\n  if (alen > UINT32_MAX - blen) return NULL;\n  uint32_t total = alen + blen;\n  char *out = malloc(total);\n  if (!out) return NULL;\n  memcpy(out, a, alen);\n  memcpy(out + alen, b, blen);\n  return out;\n}\n',
    { requireCleanParse: true, cwe: 'CWE-190', name: 'two 32-bit lengths added into the size vs a wrap check first' },
  ],
  [
    R,
    'c',
    'void *pack(unsigned hdr, unsigned body) {\n  return malloc(hdr + body);\n}\n',
    'void *pack(size_t hdr, size_t body) {\n  return malloc(hdr + body);\n}\n',
    { requireCleanParse: true, name: 'the sum in unsigned int vs in size_t' },
  ],
  [
    R,
    'c',
    'void *frame(uint32_t len, uint32_t pad) {\n  uint32_t n;\n  n = len + pad;\n  return malloc(n);\n}\n',
    'void *frame(uint32_t len, uint32_t pad) {\n  uint32_t n;\n  if (len > 65536 || pad > 64) return NULL;\n  n = len + pad;\n  return malloc(n);\n}\n',
    { requireCleanParse: true, name: 'a sum assigned first vs both terms limited' },
  ],
];

describeRuleCases('CWE-190 32-bit sums sizing allocations', CASES);
