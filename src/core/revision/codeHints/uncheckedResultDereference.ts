// CWE-476 hint: a pointer assigned from a call that can fail (an allocation or a lookup), later
// dereferenced, and never compared with NULL anywhere in the code.
import type { CodeHint } from './CodeHint';
import { withoutCommentsAndStrings } from './cSource';

/** Calls whose name says they may come back empty: allocations, lookups, searches, opens, parsers. */
const MAY_FAIL = /alloc|find|lookup|search|get|open|dup|chr|strstr|create|new|parse|first|next|map/i;
const ASSIGNED_FROM_CALL = /\b([A-Za-z_]\w*)\s*=\s*(?:\(\s*[\w\s*]+\)\s*)?([A-Za-z_]\w*)\s*\(/g;

function checked(code: string, v: string): boolean {
  return new RegExp(
    `!\\s*${v}\\b|\\b${v}\\s*[!=]=|[!=]=\\s*${v}\\b|\\(\\s*${v}\\s*\\)\\s*(?:\\{|return|goto|break|continue|[A-Za-z_])|\\b${v}\\s*(?:&&|\\|\\||\\?)|(?:&&|\\|\\|)\\s*${v}\\b|IS_ERR\\w*\\s*\\(\\s*${v}\\s*\\)`,
  ).test(code);
}

export const uncheckedResultDereference: CodeHint = {
  cwe: 'CWE-476',
  families: ['c-family'],
  present(source) {
    const code = withoutCommentsAndStrings(source);
    for (const m of code.matchAll(ASSIGNED_FROM_CALL)) {
      const [whole, v = '', fn = ''] = m;
      if (!MAY_FAIL.test(fn)) continue;
      const after = code.slice((m.index ?? 0) + whole.length);
      const dereferenced = new RegExp(`\\b${v}\\s*->|\\*\\s*${v}\\b(?!\\s*=[^=])|\\b${v}\\s*\\[`).test(after);
      if (dereferenced && !checked(code, v)) return true;
    }
    return false;
  },
};
