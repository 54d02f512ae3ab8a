// CWE-125 through a copy's source (c-copy-source-overread): each case flags its vulnerable snippet and stays silent on
// the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-copy-source-overread',
    'c',
    'struct a { unsigned char v[255]; };\nint next(const unsigned char *buf, size_t len, size_t pos, struct a *out) {\n  unsigned char n;\n  if (pos + 2 > len)\n    return -1;\n  n = buf[pos + 1];\n  memcpy(out->v, buf + pos + 2, n);\n  return n;\n}\n',
    'struct a { unsigned char v[255]; };\nint next(const unsigned char *buf, size_t len, size_t pos, struct a *out) {\n  unsigned char n;\n  if (pos + 2 > len)\n    return -1;\n  n = buf[pos + 1];\n  if (n > len - pos - 2)\n    return -1;\n  memcpy(out->v, buf + pos + 2, n);\n  return n;\n}\n',
    { name: 'a length byte copies out of the caller buffer without a check of the bytes left' },
  ],
  [
    'c-copy-source-overread',
    'c',
    'struct disk { unsigned char *data; unsigned long n; };\nint rd(const struct disk *d, unsigned long s, void *out) {\n  memcpy(out, d->data + s * 512, 512);\n  return 0;\n}\n',
    'struct disk { unsigned char *data; unsigned long n; };\nint rd(const struct disk *d, unsigned long s, void *out) {\n  if (s >= d->n)\n    return -1;\n  memcpy(out, d->data + s * 512, 512);\n  return 0;\n}\n',
    { name: 'a fixed-size read at an offset a caller chose' },
  ],
  [
    'c-copy-source-overread',
    'c',
    'struct ring { unsigned char *buf; size_t head, count, cap; };\nsize_t take(struct ring *r, unsigned char *dst, size_t n) {\n  memcpy(dst, r->buf + r->head, n);\n  return n;\n}\n',
    'struct ring { unsigned char *buf; size_t head, count, cap; };\nsize_t take(struct ring *r, unsigned char *dst, size_t n) {\n  if (n > r->count)\n    n = r->count;\n  memcpy(dst, r->buf + r->head, n);\n  return n;\n}\n',
    { name: "the object's own cursor is no caller offset; the length still needs its bound" },
  ],
];

describeRuleCases('CWE-125 out-of-bounds read through a copy source', CASES);
