import { describe, expect, it } from 'vitest';
import { stripReasoning } from './stripReasoning';
import { extractCode } from './extractCode';

describe('stripReasoning', () => {
  it('leaves an answer without reasoning unchanged', () => {
    const text = '  ```python\nx = 1\n```\n';
    expect(stripReasoning(text)).toBe(text);
  });

  it('removes closed think blocks, case-insensitively, wherever they are', () => {
    expect(stripReasoning('<think>use eval?\nno.</think>\n\nAnswer')).toBe('Answer');
    expect(stripReasoning('A <THINK>x</THINK>B<think>y</think>')).toBe('A B');
  });

  it('drops what precedes a lone closing tag and what follows an unclosed opening tag', () => {
    expect(stripReasoning('the prompt opened the block\n</think>\nreal answer')).toBe('real answer');
    expect(stripReasoning('answer so far <think>cut off while thinking')).toBe('answer so far ');
  });

  it('keeps code fenced inside the thinking out of the extracted code', () => {
    const text =
      '<think>\nA first try:\n```python\nos.system(cmd)\n```\nunsafe.\n</think>\n```python\nsubprocess.run(args)\n```';
    expect(extractCode(text, 'python')).toBe('os.system(cmd)\n');
    expect(extractCode(stripReasoning(text), 'python')).toBe('subprocess.run(args)\n');
  });
});
