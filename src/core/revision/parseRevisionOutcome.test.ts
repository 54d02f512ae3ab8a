import { describe, expect, it } from 'vitest';
import { parseRevisionOutcome } from './parseRevisionOutcome';

describe('parseRevisionOutcome', () => {
  const original = 'import os\nos.system(cmd)\n';

  it('reads an explicit no-change answer, in several phrasings', () => {
    expect(parseRevisionOutcome('NO CHANGE NEEDED', 'python', original)).toEqual({ kind: 'unchanged' });
    expect(parseRevisionOutcome('No changes are required.', 'python', original)).toEqual({ kind: 'unchanged' });
  });

  it('treats revised code identical to the original as unchanged', () => {
    expect(parseRevisionOutcome('```python\nimport os\nos.system(cmd)   \n```', 'python', original)).toEqual({
      kind: 'unchanged',
    });
  });

  it('returns the revised code from a fenced block', () => {
    const out = parseRevisionOutcome(
      'Here:\n```python\nimport subprocess\nsubprocess.run(args)\n```',
      'python',
      original,
    );
    expect(out).toEqual({ kind: 'revised', code: 'import subprocess\nsubprocess.run(args)\n' });
  });

  it('does not mistake prose that merely mentions changes for a no-change answer', () => {
    const out = parseRevisionOutcome('The changes needed are below.\n```python\nx = 1\n```', 'python', original);
    expect(out.kind).toBe('revised');
  });
});
