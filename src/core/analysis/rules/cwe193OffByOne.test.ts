// CWE-193 off-by-one errors: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-bound-test-allows-end',
    'c',
    'struct rec { char tag[8]; };\nint set_tag(struct rec *r, const char *s, unsigned n) {\n  if (n > sizeof r->tag)\n    return -1;\n  memcpy(r->tag, s, n);\n  r->tag[n] = 0;\n  return 0;\n}\n',
    'struct rec { char tag[8]; };\nint set_tag(struct rec *r, const char *s, unsigned n) {\n  if (n >= sizeof r->tag)\n    return -1;\n  memcpy(r->tag, s, n);\n  r->tag[n] = 0;\n  return 0;\n}\n',
    { name: 'a terminator at the length after a test that lets the length equal the size' },
  ],
  [
    'c-bound-test-allows-end',
    'cpp',
    '#define SLOTS 4\nint slots[SLOTS];\nbool mark(unsigned i) {\n  if (i > SLOTS)\n    return false;\n  slots[i] = 1;\n  return true;\n}\n',
    '#define SLOTS 4\nint slots[SLOTS];\nbool mark(unsigned i) {\n  if (i >= SLOTS)\n    return false;\n  slots[i] = 1;\n  return true;\n}\n',
    { name: 'an index tested with > against the element count' },
  ],
  [
    'c-read-full-buffer-terminated',
    'c',
    'int f(int fd) { char buf[128]; ssize_t n = read(fd, buf, sizeof buf); if (n <= 0) return -1; buf[n] = 0; return 0; }\n',
    'int f(int fd) { char buf[128]; ssize_t n = read(fd, buf, sizeof buf - 1); if (n <= 0) return -1; buf[n] = 0; return 0; }\n',
  ],
  [
    'c-inclusive-loop-bound',
    'c',
    '#define SLOTS 16\nint slots[SLOTS];\nvoid reset(void) {\n  for (int i = 0; i <= SLOTS; i++)\n    slots[i] = 0;\n}\n',
    '#define SLOTS 16\nint slots[SLOTS];\nvoid reset(void) {\n  for (int i = 0; i < SLOTS; i++)\n    slots[i] = 0;\n}\n',
    { requireCleanParse: true, name: 'a file-level array of a macro size' },
  ],
  [
    'c-inclusive-loop-bound',
    'c',
    'int sum(void) {\n  int v[8], s = 0;\n  for (int k = 1; k <= 8; ++k)\n    s += v[k];\n  return s;\n}\n',
    'int sum(void) {\n  int v[8], s = 0;\n  for (int k = 1; k <= 8; ++k)\n    s += v[k - 1];\n  return s;\n}\n',
    { requireCleanParse: true, name: 'a local array read at the bound' },
  ],
];

describeRuleCases('CWE-193 off-by-one errors', CASES);
