// CWE-806 buffer access sized by the source buffer: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-bound-from-source',
    'c',
    'void keep(const char *label) {\n  char tag[16];\n  memcpy(tag, label, strlen(label) + 1);\n  show(tag);\n}\n',
    'void keep(const char *label) {\n  char tag[16];\n  if (strlen(label) >= sizeof tag) return;\n  memcpy(tag, label, strlen(label) + 1);\n  show(tag);\n}\n',
    { requireCleanParse: true, name: 'memcpy bounded by the source length' },
  ],
  [
    'c-bound-from-source',
    'c',
    'char *dup(const char *s) {\n  char *d = malloc(64);\n  if (!d) return NULL;\n  memcpy(d, s, strlen(s) + 1);\n  return d;\n}\n',
    'char *dup(const char *s) {\n  char *d = malloc(strlen(s) + 1);\n  if (!d) return NULL;\n  memcpy(d, s, strlen(s) + 1);\n  return d;\n}\n',
    { requireCleanParse: true, name: 'memcpy into a copy allocated from the source length' },
  ],
  [
    'c-bound-from-source',
    'c',
    'void greet(char *out, size_t out_size, const char *who, size_t who_len) {\n  snprintf(out, who_len + 8, "Hello, %s", who);\n}\n',
    'void greet(char *out, size_t out_size, const char *who, size_t who_len) {\n  snprintf(out, out_size, "Hello, %s", who);\n}\n',
    { requireCleanParse: true, name: 'snprintf ignoring the capacity parameter' },
  ],
  [
    'c-bound-from-source',
    'cpp',
    'void name_of(const Item &it, char *buf, size_t len) {\n  strncpy(buf, it.name, 64);\n}\n',
    'void name_of(const Item &it, char *buf, size_t len) {\n  size_t room = len - 1;\n  strncpy(buf, it.name, room);\n  buf[room] = 0;\n}\n',
    { requireCleanParse: true, name: 'strncpy with a capacity parameter after the buffer' },
  ],
];

describeRuleCases('CWE-806 buffer access sized by the source buffer', CASES);
