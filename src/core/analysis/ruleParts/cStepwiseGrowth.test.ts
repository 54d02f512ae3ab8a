// cStepwiseGrowth: a kept list grown by one element or by doubling is a note for c-alloc-size-overflow, a caller's
// count is not (our own snippets, both sides).
import { describe, expect, it } from 'vitest';
import { ruleTiers } from '../ruleTestKit';

const R = 'c-alloc-size-overflow';
const LIST = 'struct list { char **items; size_t count; size_t cap; };\n';

describe('an allocation size that grows a kept list', () => {
  it('is a note when the owner counts one more element first', async () => {
    const code = `${LIST}int push(struct list *l, char *s) {\n  l->count++;\n  l->items = realloc(l->items, l->count * sizeof(char *));\n  if (!l->items) return -1;\n  l->items[l->count - 1] = s;\n  return 0;\n}\n`;
    expect(await ruleTiers(R, 'c', code)).toEqual(['note']);
  });

  it("is a note for the owner's count plus one and for a doubled capacity", async () => {
    const plusOne = `${LIST}int push(struct list *l, char *s) {\n  char **v = realloc(l->items, (l->count + 1) * sizeof(char *));\n  if (!v) return -1;\n  l->items = v;\n  l->items[l->count++] = s;\n  return 0;\n}\n`;
    const doubled = `${LIST}int grow(struct list *l) {\n  size_t cap = l->cap ? l->cap * 2 : 16;\n  char **v = realloc(l->items, sizeof(char *) * cap);\n  if (!v) return -1;\n  l->items = v;\n  l->cap = cap;\n  return 0;\n}\n`;
    expect(await ruleTiers(R, 'c', plusOne)).toEqual(['note']);
    expect(await ruleTiers(R, 'c', doubled)).toEqual(['note']);
  });

  it("stays a finding for a caller's count plus one and for another object's count", async () => {
    const callers = `${LIST}int resize(struct list *l, size_t n) {\n  char **v = realloc(l->items, (n + 1) * sizeof(char *));\n  if (!v) return -1;\n  l->items = v;\n  return 0;\n}\n`;
    const other = `${LIST}int adopt(struct list *l, const struct list *src) {\n  char **v = realloc(l->items, (src->count + 1) * sizeof(char *));\n  if (!v) return -1;\n  l->items = v;\n  return 0;\n}\n`;
    expect(await ruleTiers(R, 'c', callers)).toEqual(['finding']);
    expect(await ruleTiers(R, 'c', other)).toEqual(['finding']);
  });
});
