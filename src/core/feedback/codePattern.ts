// The code pattern a false-positive mark applies to: the finding's line with comments, string
// contents, numbers and spacing normalised, so the same idiom matches in a later run even when a
// literal or the indentation differs, while a different call does not.
export function codePattern(line: string): string {
  return line
    .replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '"S"')
    .replace(/(?:#|\/\/).*$/, '')
    .replace(/\b\d+(?:\.\d+)?\b/g, 'N')
    .replace(/\s+/g, ' ')
    .replace(/\s*([()[\]{},.=:;+*/%<>!-])\s*/g, '$1')
    .trim()
    .slice(0, 300);
}
