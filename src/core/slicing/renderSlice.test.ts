// Rendering slices: one elision comment per removed run, in the language's comment syntax.
import { describe, expect, it } from 'vitest';
import { renderSlice } from './renderSlice';

describe('renderSlice', () => {
  it('replaces each run of removed lines with one indented marker', () => {
    const code = ['def f(x):', '    a = 1', '    b = 2', '    c = x', '    return c', ''].join('\n');
    expect(renderSlice(code, [1, 4, 5], '#')).toBe(['def f(x):', '    # ...', '    c = x', '    return c'].join('\n'));
  });

  it('indents a marker before a closing brace like the code it replaces, and marks a removed tail', () => {
    const code = ['int f() {', '    if (x) {', '        a();', '        b();', '    }', '    c();', '}'].join('\n');
    expect(renderSlice(code, [1, 2, 5, 7], '//')).toBe(
      ['int f() {', '    if (x) {', '        // ...', '    }', '    // ...', '}'].join('\n'),
    );
    expect(renderSlice('a\nb\nc', [1], '//')).toBe('a\n// ...');
  });

  it('drops removed blank lines without a marker', () => {
    expect(renderSlice('a\n\nb', [1, 3], '//')).toBe('a\nb');
  });
});

describe('renderSlice after a block opener', () => {
  it('indents the marker into the body the header opens', () => {
    const code = ['def f(x):', '    if x:', '        a()', '    return x'].join('\n');
    expect(renderSlice(code, [1, 2, 4], '#')).toBe(
      ['def f(x):', '    if x:', '        # ...', '    return x'].join('\n'),
    );
  });
});
