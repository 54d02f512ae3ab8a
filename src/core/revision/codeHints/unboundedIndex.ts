// CWE-125 / CWE-787 hints: an array indexed by a variable that is never compared with anything (no
// `<`, `>`, `<=`, `>=`), so nothing keeps the index inside the array. A read of such an element hints at
// an out-of-bounds read, a write at an out-of-bounds write.
import type { CodeHint } from './CodeHint';
import { withoutCommentsAndStrings } from './cSource';

const SUBSCRIPT = /\b[A-Za-z_]\w*\s*\[\s*([a-z_]\w*)\s*\](\s*=(?!=))?/g;

function compared(code: string, v: string): boolean {
  return new RegExp(
    `\\b${v}\\s*(?:<|>(?!>)|<=|>=)|(?:<|(?<!-)>|<=|>=)\\s*${v}\\b|\\b(?:min|max|clamp)\\w*\\s*\\([^)]*\\b${v}\\b`,
  ).test(code);
}

function unboundedSubscripts(source: string, write: boolean): boolean {
  const code = withoutCommentsAndStrings(source);
  for (const m of code.matchAll(SUBSCRIPT)) {
    const v = m[1] ?? '';
    if (Boolean(m[2]) === write && !compared(code, v)) return true;
  }
  return false;
}

export const unboundedIndexRead: CodeHint = {
  cwe: 'CWE-125',
  families: ['c-family'],
  present: (code) => unboundedSubscripts(code, false),
};

export const unboundedIndexWrite: CodeHint = {
  cwe: 'CWE-787',
  families: ['c-family'],
  present: (code) => unboundedSubscripts(code, true),
};
