// CWE-193 off-by-one errors: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-read-full-buffer-terminated',
    'c',
    'int f(int fd) { char buf[128]; ssize_t n = read(fd, buf, sizeof buf); if (n <= 0) return -1; buf[n] = 0; return 0; }\n',
    'int f(int fd) { char buf[128]; ssize_t n = read(fd, buf, sizeof buf - 1); if (n <= 0) return -1; buf[n] = 0; return 0; }\n',
  ],
];

describeRuleCases('CWE-193 off-by-one errors', CASES);
