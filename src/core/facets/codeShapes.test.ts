import { describe, expect, it } from 'vitest';
import { codeOnly, codeShapeMarkers, withCodeShapes } from './codeShapes';
import { matchMarkers } from './matchMarkers';

const shapes = (code: string, language: 'c' | 'cpp' | 'rust' | 'python' = 'c') =>
  codeShapeMarkers(code, language).map((s) => s.replace('shape:', ''));

describe('codeShapeMarkers', () => {
  it('finds an inclusive loop bound against a length, whatever the names', () => {
    expect(shapes('for (int k = 0; k <= count; k++) out[k] = 0;')).toContain('inclusive-loop-bound');
    expect(shapes('for (size_t j = 0; j <= v.size(); ++j)', 'cpp')).toContain('inclusive-loop-bound');
    expect(shapes('for i in 0..=len { buf[i] = 0; }', 'rust')).toContain('inclusive-loop-bound');
    expect(shapes('for (int k = 0; k < count; k++) out[k] = 0;')).not.toContain('inclusive-loop-bound');
  });

  it('finds a division by a variable but not by a constant, sizeof or inside text', () => {
    expect(shapes('long avg = total / count;')).toContain('division-by-variable');
    expect(shapes('size_t n = sizeof a / sizeof a[0]; int h = x / 2;')).not.toContain('division-by-variable');
    expect(shapes('#include <sys/stat.h>\n/* a/b */ printf("%s", s);')).not.toContain('division-by-variable');
  });

  it('finds a size product inside an allocation', () => {
    expect(shapes('int *v = malloc(count * sizeof(int));')).toContain('size-product-in-allocation');
    expect(shapes('auto *p = new uint8_t[w * h];', 'cpp')).toContain('size-product-in-allocation');
    expect(shapes('let v: Vec<u8> = Vec::with_capacity(count * size);', 'rust')).toContain(
      'size-product-in-allocation',
    );
    expect(shapes('char *s = malloc(len + 1);')).not.toContain('size-product-in-allocation');
  });

  it('tells a write through a computed position from a read through one', () => {
    expect(shapes('out[pos] = value;')).toEqual(['indexed-write']);
    expect(shapes('counts[bucket] += 1;', 'cpp')).toEqual(['indexed-write']);
    expect(shapes('return table[level];')).toEqual(['indexed-read']);
    expect(shapes('let b = packet[idx];', 'rust')).toEqual(['indexed-read']);
    expect(shapes('buf[0] = 0; if (a[i] == b) return;')).toEqual([]);
  });

  it('finds a pointer used or freed again after free, unless it was reset', () => {
    expect(shapes('free(s);\nprintf("%d", s->id);')).toContain('use-after-free');
    expect(shapes('free(buf);\nif (err) free(buf);')).toContain('double-free');
    expect(shapes('free(buf);\nbuf = NULL;\nfree(buf);')).not.toContain('double-free');
    expect(shapes('delete node;\nreturn node->next;', 'cpp')).toContain('use-after-free');
    expect(shapes('free(s->name);\nfree(s);')).toEqual([]);
  });

  it('reads only the code that runs after the release on its path', () => {
    // Still reported: a use after a conditional return, in the returned value, or inside a later block.
    expect(shapes('free(buf);\nif (err) return -1;\nbuf[0] = 0;')).toContain('use-after-free');
    expect(shapes('free(s);\nif (s->ref) { return 1; }\nreturn s->id;')).toContain('use-after-free');
    expect(shapes('while (more) {\n  free(p);\n  if (p->next) { step(); }\n}')).toContain('use-after-free');
    expect(shapes('free(p);\n*p = 0;')).toContain('use-after-free');
    // Not after the release: another branch after a return, a new value, another function.
    const otherBranch =
      'if (n < len) {\n  free(name);\n  return 0;\n}\np = malloc(n);\nif (!p) {\n  free(name);\n  return 0;\n}\n';
    expect(shapes(otherBranch)).not.toContain('double-free');
    expect(shapes('free(copy);\n} else {\n  char *copy;\n  copy = malloc(n);\n  *copy = 0;\n')).not.toContain(
      'use-after-free',
    );
    const nextFunction =
      'void drop(struct s *s)\n{\n  free(s->data);\n}\n\nvoid fill(struct s *s)\n{\n  s->data[0] = 1;\n';
    expect(shapes(nextFunction)).not.toContain('use-after-free');
  });

  it('finds a lookup result that the prefix has not compared with null', () => {
    expect(shapes('const char *home = getenv("HOME");\n')).toContain('unchecked-lookup-result');
    expect(shapes('const char *home = getenv("HOME");\nif (home == NULL) return 0;')).not.toContain(
      'unchecked-lookup-result',
    );
    expect(shapes('char *p = malloc(n);\nif (!p) return;')).not.toContain('unchecked-lookup-result');
  });

  it('counts an assignment tested in its own parentheses as checked, as real C code writes it', () => {
    const tested = 'if ((key->pk = malloc(PK_LEN)) == NULL) {\n  r = ERR_ALLOC;\n  goto out;\n}\n';
    expect(shapes(tested)).not.toContain('unchecked-lookup-result');
    expect(shapes('if (!(home = getenv("HOME")))\n  return -1;\n')).not.toContain('unchecked-lookup-result');
    // The same call as a plain statement is still unchecked where the prefix ends.
    expect(shapes('key->pk = malloc(PK_LEN);\n')).toContain('unchecked-lookup-result');
  });

  it('reads only C, C++ and Rust', () => {
    expect(shapes('avg = total / count', 'python')).toEqual([]);
  });
});

describe('withCodeShapes and codeOnly', () => {
  it('appends the shape names to the text markers are matched in', () => {
    expect(withCodeShapes('PROMPT', 'x = a / b;', 'c')).toBe('PROMPT\nshape:division-by-variable');
    expect(withCodeShapes('PROMPT', 'x = a + b;', 'c')).toBe('PROMPT');
  });

  it('blanks comments, strings and preprocessor lines but keeps code', () => {
    const plain = codeOnly('#include <a/b.h>\nint x = 1; // a / b\nchar *s = "free(p)";');
    expect(plain).not.toMatch(/a\/b|a \/ b|free/);
    expect(plain).toContain('int x = 1;');
  });
});

describe('shape markers in the marker facet', () => {
  it('credits a CWE that lists a shape when the prefix shows it, in that language only', () => {
    const markers = [{ cwe: 'CWE-369', byLanguage: { c: ['shape:division-by-variable'] } }];
    const prefix = 'long avg(long total, long count) {\n    return total / count;\n';
    expect(matchMarkers(withCodeShapes(prefix, prefix, 'c'), 'c', markers)).toEqual([
      { cwe: 'CWE-369', markers: ['shape:division-by-variable'] },
    ]);
    expect(matchMarkers(withCodeShapes(prefix, prefix, 'cpp'), 'cpp', markers)).toEqual([]);
    const halved = 'long half(long total) { return total / 2;';
    expect(matchMarkers(withCodeShapes(halved, halved, 'c'), 'c', markers)).toEqual([]);
  });
});
