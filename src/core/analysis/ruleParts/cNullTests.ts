// What a NULL test and a dereference of one C/C++ pointer look like in source text (shared by the CWE-476 rules).
import { escapeRe } from './cLifetimeFacts';

/**
 * A test of `name` against NULL in any form a fix writes: `!p`, `p == NULL`, `if (p)`, `p ? .. : ..`, `p && ..`,
 * an assertion, or the kernel's `IS_ERR_OR_NULL(p)` / `IS_ERR(p)` (ERR_PTR-returning calls are tested that way).
 */
export function nullTestOf(name: string): RegExp {
  const p = escapeRe(name);
  return new RegExp(
    [
      `!\\s*\\(?\\s*${p}(?![\\w.]|\\s*(->|\\[|\\())`,
      // `*p == 0` compares what p points at (a string's first character), not p.
      `(?<![\\w>.*])${p}\\s*[!=]=\\s*(NULL|nullptr|0)\\b`,
      `\\b(NULL|nullptr|0)\\s*[!=]=\\s*${p}(?![\\w.]|\\s*(->|\\[|\\())`,
      `\\b(if|while)\\s*\\(\\s*${p}\\s*[)&|]`,
      `\\b(assert|BUG_ON|WARN_ON\\w*|IS_ERR\\w*|g_return\\w*|likely|unlikely)\\s*\\(\\s*${p}(?![\\w.]|\\s*(->|\\[))`,
      `(?<![\\w>.])${p}\\s*\\?`,
      // `|| p != end` compares p with another value; only a bare operand is a truth test.
      `(&&|\\|\\|)\\s*${p}(?![\\w.]|\\s*(->|\\[|\\(|[!=<>]=|[<>+*/%-]))`,
      `\\(\\s*${p}\\s*(&&|\\|\\|)`,
    ].join('|'),
  );
}

/** Library calls that read through a pointer argument (a NULL one crashes them). */
export const READS_THROUGH =
  'str(len|cmp|ncmp|casecmp|ncasecmp|cpy|ncpy|cat|ncat|dup|ndup|chr|rchr|str|tok)|mem(cpy|move|set|cmp|chr)|ato[il]|strto\\w+|fputs|puts';

/**
 * `name` read or written through: `p->f`, `p[i]`, `*p` (not in a declaration or `sizeof`), or handed to a
 * string/memory function that reads it. `&p->f` only computes an address and is left out.
 */
export function dereferenceOf(name: string): RegExp {
  const p = escapeRe(name);
  return new RegExp(
    [
      `(?<![\\w>.]|&\\s*)${p}\\s*(->|\\[)`,
      `(?<!sizeof\\s*\\(?\\s*|\\w(?<!\\breturn)\\s*|[)\\]]\\s*)\\*\\s*${p}(?![\\w.]|\\s*(->|\\[))`,
      `\\b(${READS_THROUGH})\\s*\\(\\s*([^(),]*,\\s*)?${p}\\s*[,)]`,
    ].join('|'),
  );
}
