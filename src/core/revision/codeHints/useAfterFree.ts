// CWE-416 hint: memory released (`free`, `kfree`, `delete`...) and the same pointer used again later in
// the text without first being given a new value.
import type { CodeHint } from './CodeHint';
import { pathPattern, withoutCommentsAndStrings } from './cSource';

const ACCESS_PATH = '[A-Za-z_]\\w*(?:\\s*(?:->|\\.)\\s*[A-Za-z_]\\w*)*';
const RELEASE = new RegExp(
  `\\b(?:free|kfree|kvfree|vfree|kfree_skb|g_free|av_free|put_page)\\s*\\(\\s*(${ACCESS_PATH})\\s*\\)|\\bdelete\\s*(?:\\[\\s*\\])?\\s*(${ACCESS_PATH})\\s*;`,
  'g',
);

export const useAfterFree: CodeHint = {
  cwe: 'CWE-416',
  families: ['c-family'],
  present(source) {
    const code = withoutCommentsAndStrings(source);
    for (const m of code.matchAll(RELEASE)) {
      const path = (m[1] ?? m[2] ?? '').replace(/\s+/g, '');
      const after = code.slice((m.index ?? 0) + m[0].length);
      // The next mention of the pointer decides: a new value (`p = ...`) ends the risk, anything else is a use.
      const next = new RegExp(`(?<![\\w.>])${pathPattern(path)}\\b(\\s*=(?!=))?`).exec(after);
      if (next && !next[1]) return true;
    }
    return false;
  },
};
