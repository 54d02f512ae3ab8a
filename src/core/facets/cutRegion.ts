// The part of a long code prefix that says what its next line will do. A prefix cut from a real file is long:
// license headers, other functions, project macros and comments about them. Read whole, the file's topic (TLS,
// calendars, diffs) outweighs the few lines the completion continues, so the facets of a long prefix are read
// from its cut region only: the import lines (which modules are at hand), the headers of the blocks the cut is
// in (the enclosing function's signature, the `if` / `for` around the cut) and the last lines before the cut.
// A short prefix (a task written as a prefix) is its own region. The enclosing function's doc comment was tried
// too: verbose `@param` blocks lowered the PHP figures (docs/retrieval.md, session 13).

/** A prefix up to this many lines is read whole. */
export const LONG_PREFIX_LINES = 30;
/** The last lines of a long prefix kept as they are. */
export const NEAR_CUT_LINES = 12;

const IMPORT_LINE =
  /^\s*(?:#\s*include\b|import\b|from\s+[\w.]+\s+import\b|(?:pub\s+)?use\s+[\w:\\{]|using\s+[\w.]+\s*;|(?:require|include)(?:_once)?\b|extern\s+crate\b)/;
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#(?!\s*include)|"""|''')/;

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Indices of the import lines, including the members of a Go `import (...)` block. */
function importLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  let inBlock = false;
  lines.forEach((line, i) => {
    if (inBlock) {
      out.push(i);
      if (/^\s*\)/.test(line)) inBlock = false;
    } else if (/^import\s*\($/.test(line.trim())) {
      out.push(i);
      inBlock = true;
    } else if (IMPORT_LINE.test(line)) out.push(i);
  });
  return out;
}

/** Indices of the lines that open the blocks enclosing `start`, outermost last. */
function enclosingHeaders(lines: readonly string[], start: number): number[] {
  // Preprocessor lines, `goto` labels and comments sit at column 0 whatever block they are in.
  const window = lines.slice(start).filter((l) => l.trim() && !COMMENT_LINE.test(l) && !/^\s*(?:#|\w+:\s*$)/.test(l));
  let current = window.length > 0 ? Math.min(...window.map(indentOf)) : 0;
  const out: number[] = [];
  for (let i = start - 1; i >= 0 && current > 0; i -= 1) {
    const line = lines[i]!;
    // A statement (`p = malloc(n);`) at a lower indentation closes nothing around the cut: only openers count.
    if (!line.trim() || COMMENT_LINE.test(line) || indentOf(line) >= current || /;\s*$/.test(line)) continue;
    out.push(i);
    current = indentOf(line);
    // A brace on its own line (C, PHP): the signature is the line or two above it.
    if (/^\s*\{\s*$/.test(line)) {
      for (let j = i - 1, taken = 0; j >= 0 && taken < 2 && lines[j]!.trim() && !/[;}]\s*$/.test(lines[j]!); j -= 1) {
        out.push(j);
        taken += 1;
      }
    }
  }
  return out;
}

export function cutRegion(prefix: string): string {
  const lines = prefix.split('\n');
  if (lines.length <= LONG_PREFIX_LINES) return prefix;
  const start = lines.length - NEAR_CUT_LINES;
  const headers = enclosingHeaders(lines, start);
  const kept = new Set([...importLines(lines.slice(0, start)), ...headers]);
  return lines.filter((_, i) => i >= start || kept.has(i)).join('\n');
}
