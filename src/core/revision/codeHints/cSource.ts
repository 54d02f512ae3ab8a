// Helpers shared by the C-family code hints: source text without comments and string literals (so a
// word in a comment is no use), and identifier-safe regular expressions.

/** The code with comments and string/char literals blanked (same length, so offsets stay valid). */
export function withoutCommentsAndStrings(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  );
}

/** `a->b.c` as a regular expression source matching that exact access path. */
export function pathPattern(path: string): string {
  return path
    .split(/(->|\.)/)
    .map((part) => (part === '->' ? '\\s*->\\s*' : part === '.' ? '\\s*\\.\\s*' : part))
    .join('');
}
