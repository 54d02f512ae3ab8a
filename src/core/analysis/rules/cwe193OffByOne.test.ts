// CWE-193 off-by-one errors: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
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
