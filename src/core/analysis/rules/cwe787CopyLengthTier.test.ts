// c-unchecked-copy-length: a length that is the object's own kept size, copied into a destination whose capacity
// the function cannot see, is a note; a caller's or input's length, or any length into a sized local array, counts.
// Our own snippets.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

async function tiers(code: string): Promise<string[]> {
  const record = await analyzeCode(code, 'c', nodeParser());
  return record.findings.filter((f) => f.rule === 'c-unchecked-copy-length').map((f) => f.tier ?? 'finding');
}

const QUEUE = 'struct queue { unsigned char *slots; unsigned elem; unsigned tail; };\n';

describe('c-unchecked-copy-length tiers', () => {
  it('a record copied out with the queue element size is a note', async () => {
    const code =
      '#include <string.h>\n' +
      QUEUE +
      'void take(struct queue *q, void *out) {\n  memcpy(out, q->slots + q->tail * q->elem, q->elem);\n}\n';
    expect(await tiers(code)).toEqual(['note']);
  });

  it('the same size through a local is a note', async () => {
    const code =
      '#include <string.h>\n' +
      QUEUE +
      'void take(struct queue *q, void *out) {\n  unsigned n = q->elem;\n  memcpy(out, q->slots, n);\n}\n';
    expect(await tiers(code)).toEqual(['note']);
  });

  it('a caller length, a read-only header length, or a sized local destination stays a finding', async () => {
    const param = '#include <string.h>\nvoid put(char *dst, const char *src, size_t n) {\n  memcpy(dst, src, n);\n}\n';
    const header =
      '#include <string.h>\nstruct hdr { unsigned len; };\n' +
      'void put(char *dst, const struct hdr *h, const char *body) {\n  memcpy(dst, body, h->len);\n}\n';
    const local =
      '#include <string.h>\n' +
      QUEUE +
      'int peek(struct queue *q) {\n  char buf[16];\n  memcpy(buf, q->slots, q->elem);\n  return buf[0];\n}\n';
    expect(await tiers(param)).toEqual(['finding']);
    expect(await tiers(header)).toEqual(['finding']);
    expect(await tiers(local)).toEqual(['finding']);
  });
});
