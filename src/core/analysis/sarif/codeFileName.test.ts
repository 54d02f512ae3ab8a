// codeFileName: task ids become one safe path segment with the language's extension.
import { describe, expect, it } from 'vitest';
import { codeFileName, safePathSegment } from './codeFileName';

describe('codeFileName', () => {
  it('keeps safe ids and replaces separators and dots that would climb', () => {
    expect(codeFileName('py-ping-host', 'python')).toBe('py-ping-host.py');
    expect(codeFileName('SALLM/a b', 'javascript')).toBe('SALLM_a_b.js');
    expect(safePathSegment('../x')).toBe('__x');
    expect(safePathSegment('')).toBe('_');
  });
});
