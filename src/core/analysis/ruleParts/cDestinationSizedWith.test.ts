// Copy destinations that real C sizes for the length in other ways than `p = malloc(len)`, and lengths capped
// where they are set (our own snippets, both sides).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

const copyFindings = async (code: string) =>
  (await analyzeCode(code, 'c', nodeParser())).findings
    .filter((f) => f.rule === 'c-unchecked-copy-length' && (f.tier ?? 'finding') === 'finding')
    .map((f) => f.line);

describe('a destination sized with the copy length', () => {
  it('accepts a camel-case project allocator (xmlMallocAtomic-style)', async () => {
    const code =
      'char *dup_n(const char *s, int n) {\n  char *r;\n  if (n < 0) return 0;\n  r = TxtMallocAtomic((size_t)n + 1);\n  if (!r) return 0;\n  memcpy(r, s, n);\n  r[n] = 0;\n  return r;\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('still flags a buffer allocated with a fixed size', async () => {
    const code =
      'char *dup_n(const char *s, int n) {\n  char *r = TxtMallocAtomic(64);\n  if (!r) return 0;\n  memcpy(r, s, n);\n  return r;\n}\n';
    expect(await copyFindings(code)).toEqual([4]);
  });

  it('follows a realloc through the temporary that guards its failure', async () => {
    const code =
      'char *join(char *out, size_t used, const char *add, size_t n) {\n  char *tmp = realloc(out, used + n + 1);\n  if (tmp == NULL) { free(out); return NULL; }\n  out = tmp;\n  memcpy(out + used, add, n);\n  return out;\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('accepts an array declared with the length as its bound', async () => {
    const code =
      'int run(int argc, char **argv) {\n  char *copy[argc + 1];\n  memcpy(copy, argv, (argc + 1) * sizeof(copy[0]));\n  return go(copy);\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('still flags an array declared with another bound', async () => {
    const code =
      'int run(int argc, char **argv) {\n  char *copy[8];\n  memcpy(copy, argv, (argc + 1) * sizeof(copy[0]));\n  return go(copy);\n}\n';
    expect(await copyFindings(code)).toEqual([3]);
  });

  it('accepts room reserved for the length through an out-parameter', async () => {
    const code =
      'int put_bytes(struct obuf *b, const void *v, size_t len) {\n  unsigned char *p;\n  int r;\n  if ((r = obuf_reserve(b, len, &p)) < 0) return r;\n  memcpy(p, v, len);\n  return 0;\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('still flags an out-parameter that was not handed the length', async () => {
    const code =
      'int put_bytes(struct obuf *b, const void *v, size_t len) {\n  unsigned char *p;\n  if (obuf_peek(b, &p) < 0) return -1;\n  memcpy(p, v, len);\n  return 0;\n}\n';
    expect(await copyFindings(code)).toEqual([4]);
  });
});

describe('room checked by a helper, or a size macro of the length compared', () => {
  it('accepts an out-parameter set by a helper whose result is tested', async () => {
    const code =
      'int poke(struct obuf *b, size_t off, const void *v, size_t len) {\n  unsigned char *p = NULL;\n  int r;\n  if ((r = check_room(b, off, len, &p)) != 0)\n    return r;\n  memcpy(p, v, len);\n  return 0;\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('still flags an out-parameter from a helper whose result is ignored', async () => {
    const code =
      'int poke(struct obuf *b, size_t off, const void *v, size_t len) {\n  unsigned char *p = NULL;\n  peek_room(b, off, len, &p);\n  memcpy(p, v, len);\n  return 0;\n}\n';
    expect(await copyFindings(code)).toEqual([4]);
  });

  it('accepts a length whose size macro is compared with the capacity', async () => {
    const code =
      'int add_attr(struct msg *m, int maxlen, const void *data, int alen) {\n  int len = ATTR_LENGTH(alen);\n  if (m->used + len > maxlen)\n    return -1;\n  memcpy(m->buf + m->used, data, alen);\n  m->used += len;\n  return 0;\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('still flags a length whose helper-computed size is compared', async () => {
    const code =
      'int add_attr(struct msg *m, int maxlen, const void *data, int alen) {\n  int len = attr_length(m, alen);\n  if (m->used + len > maxlen)\n    return -1;\n  memcpy(m->buf + m->used, data, alen);\n  m->used += len;\n  return 0;\n}\n';
    expect(await copyFindings(code)).toEqual([5]);
  });
});

describe('a length capped where it is set', () => {
  it("accepts OpenBSD's minimum()", async () => {
    const code =
      'void take(const unsigned char *src, size_t n, size_t room) {\n  unsigned char out[64];\n  size_t m = minimum(n, room);\n  memcpy(out, src, m);\n  emit(out, m);\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('accepts strnlen with a fixed cap', async () => {
    const code =
      'void wire(const char *name, unsigned char *out) {\n  unsigned char len = (unsigned char) strnlen(name, 254);\n  out[0] = len;\n  memcpy(out + 1, name, len);\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('still flags a length that is not capped', async () => {
    const code =
      'void take(const unsigned char *src, size_t n, size_t room) {\n  unsigned char out[64];\n  size_t m = n + room;\n  memcpy(out, src, m);\n  emit(out, m);\n}\n';
    expect(await copyFindings(code)).toEqual([4]);
  });

  it('still flags strlen, which has no cap', async () => {
    const code =
      'void wire(const char *name, unsigned char *out) {\n  size_t len = strlen(name);\n  out[0] = 1;\n  memcpy(out + 1, name, len);\n}\n';
    expect(await copyFindings(code)).toEqual([4]);
  });
});

describe('a length that is the room left under a fixed size', () => {
  it('accepts `SIZE - used` as the copy length', async () => {
    const code =
      'void fill(struct hctx *h, const unsigned char *in, unsigned used) {\n  unsigned room;\n  room = BLOCK_BYTES - used;\n  memcpy(h->block + used, in, room);\n  compress(h);\n}\n';
    expect(await copyFindings(code)).toEqual([]);
  });

  it('still flags the caller-given count copied in the same place', async () => {
    const code =
      'void fill(struct hctx *h, const unsigned char *in, unsigned used, unsigned n) {\n  unsigned room;\n  room = n - used;\n  memcpy(h->block + used, in, room);\n  compress(h);\n}\n';
    expect(await copyFindings(code)).toEqual([4]);
  });
});
