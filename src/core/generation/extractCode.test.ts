import { describe, expect, it } from 'vitest';
import { extractCode } from './extractCode';

describe('extractCode', () => {
  it('prefers the fenced block tagged with the task language', () => {
    const text = 'Run:\n```bash\npip install x\n```\nCode:\n```python\nprint(1)\n```\n';
    expect(extractCode(text, 'python')).toBe('print(1)\n');
  });

  it('falls back to the first block, then to the whole answer', () => {
    expect(extractCode('```\nint x;\n```', 'c')).toBe('int x;\n');
    expect(extractCode('x = 1', 'python')).toBe('x = 1\n');
  });

  it('accepts an unterminated fence from a truncated answer', () => {
    expect(extractCode('```js\nconst a = 1;\nconst b', 'javascript')).toBe('const a = 1;\nconst b\n');
  });
});
