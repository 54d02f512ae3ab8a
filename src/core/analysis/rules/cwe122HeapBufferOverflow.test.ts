// CWE-122 heap buffer overflow: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'alloc-without-terminator',
    'c',
    'char *dup(const char *s) { size_t len = strlen(s); char *out = malloc(len); if (!out) return 0; memcpy(out, s, len); out[len] = 0; return out; }\n',
    'char *dup(const char *s) { size_t len = strlen(s); char *out = malloc(len + 1); if (!out) return 0; memcpy(out, s, len); out[len] = 0; return out; }\n',
  ],
];

describeRuleCases('CWE-122 heap buffer overflow', CASES);
