// The C recall round: bounds measured on the source, sizeof-scaled pointer arithmetic and archive member
// paths. Each rule flags its vulnerable snippet and stays quiet on the safe idiom (our own snippets).
import { describe, it } from 'vitest';
import type { Language } from '../task/Task';
import { expectRuleSeparates } from './ruleTestKit';

type Case = [name: string, rule: string, language: Language, vulnerable: string, safe: string];

const CASES: Case[] = [
  [
    'memcpy bounded by the source length',
    'c-bound-from-source',
    'c',
    'void keep(const char *label) {\n  char tag[16];\n  memcpy(tag, label, strlen(label) + 1);\n  show(tag);\n}\n',
    'void keep(const char *label) {\n  char tag[16];\n  if (strlen(label) >= sizeof tag) return;\n  memcpy(tag, label, strlen(label) + 1);\n  show(tag);\n}\n',
  ],
  [
    'memcpy into a copy allocated from the source length',
    'c-bound-from-source',
    'c',
    'char *dup(const char *s) {\n  char *d = malloc(64);\n  if (!d) return NULL;\n  memcpy(d, s, strlen(s) + 1);\n  return d;\n}\n',
    'char *dup(const char *s) {\n  char *d = malloc(strlen(s) + 1);\n  if (!d) return NULL;\n  memcpy(d, s, strlen(s) + 1);\n  return d;\n}\n',
  ],
  [
    'snprintf ignoring the capacity parameter',
    'c-bound-from-source',
    'c',
    'void greet(char *out, size_t out_size, const char *who, size_t who_len) {\n  snprintf(out, who_len + 8, "Hello, %s", who);\n}\n',
    'void greet(char *out, size_t out_size, const char *who, size_t who_len) {\n  snprintf(out, out_size, "Hello, %s", who);\n}\n',
  ],
  [
    'strncpy with a capacity parameter after the buffer',
    'c-bound-from-source',
    'cpp',
    'void name_of(const Item &it, char *buf, size_t len) {\n  strncpy(buf, it.name, 64);\n}\n',
    'void name_of(const Item &it, char *buf, size_t len) {\n  size_t room = len - 1;\n  strncpy(buf, it.name, room);\n  buf[room] = 0;\n}\n',
  ],
  [
    'offset scaled by sizeof on a typed pointer',
    'c-scaled-pointer-arithmetic',
    'c',
    'void clear_from(double *samples, int first, int n) {\n  memset(samples + first * sizeof(double), 0, n * sizeof(double));\n}\n',
    'void clear_from(double *samples, int first, int n) {\n  memset(samples + first, 0, n * sizeof(double));\n}\n',
  ],
  [
    'byte offsets on a char pointer are meant',
    'c-scaled-pointer-arithmetic',
    'c',
    'struct rec *nth(struct rec *table, size_t i) {\n  return table + i * sizeof(struct rec);\n}\n',
    'struct rec *nth(unsigned char *raw, size_t i) {\n  return (struct rec *)(raw + i * sizeof(struct rec));\n}\n',
  ],
  [
    'archive member names written unchecked',
    'c-archive-entry-path',
    'c',
    'int unpack(struct archive *a, struct archive *disk, const char *dir) {\n  struct archive_entry *e;\n  char out[1024];\n  while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n    snprintf(out, sizeof out, "%s/%s", dir, archive_entry_pathname(e));\n    archive_entry_set_pathname(e, out);\n    if (archive_write_header(disk, e) != ARCHIVE_OK) return -1;\n  }\n  return 0;\n}\n',
    'static int safe_name(const char *p) {\n  return p[0] != \'/\' && strstr(p, "..") == NULL;\n}\nint unpack(struct archive *a, struct archive *disk, const char *dir) {\n  struct archive_entry *e;\n  char out[1024];\n  while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n    if (!safe_name(archive_entry_pathname(e))) return -1;\n    snprintf(out, sizeof out, "%s/%s", dir, archive_entry_pathname(e));\n    archive_entry_set_pathname(e, out);\n    if (archive_write_header(disk, e) != ARCHIVE_OK) return -1;\n  }\n  return 0;\n}\n',
  ],
  [
    'libarchive secure-extraction flags',
    'c-archive-entry-path',
    'cpp',
    'bool extract(archive *in, const std::string &dest) {\n  archive_entry *e;\n  archive *out = archive_write_disk_new();\n  archive_write_disk_set_options(out, ARCHIVE_EXTRACT_TIME);\n  while (archive_read_next_header(in, &e) == ARCHIVE_OK) {\n    std::string p = dest + "/" + archive_entry_pathname(e);\n    archive_entry_set_pathname(e, p.c_str());\n    archive_write_header(out, e);\n  }\n  return true;\n}\n',
    'bool extract(archive *in, const std::string &dest) {\n  archive_entry *e;\n  archive *out = archive_write_disk_new();\n  archive_write_disk_set_options(out, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS);\n  while (archive_read_next_header(in, &e) == ARCHIVE_OK) {\n    std::string p = dest + "/" + archive_entry_pathname(e);\n    archive_entry_set_pathname(e, p.c_str());\n    archive_write_header(out, e);\n  }\n  return true;\n}\n',
  ],
];

describe('C recall rules', () => {
  for (const [name, rule, language, vulnerable, safe] of CASES) {
    it(`${rule}: ${name}`, async () =>
      expectRuleSeparates(rule, language, vulnerable, safe, { requireCleanParse: true }));
  }
});
