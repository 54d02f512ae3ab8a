// Whether a count is bounded from above anywhere in its scope: compared with a limit in either direction
// (`n > MAX`, `LIMIT >= n`, `n <= LIMIT`) or clamped (`min(n, MAX)`, `Math.Min`, `Math.Clamp`). A comparison with
// 0 or 1 (`n <= 0`, `n < 1`) only rejects empty input, so it does not count.
import { escapeRegExp } from './textPatterns';

export function upperBounded(name: string, scopeText: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    `\\b${n}\\s*(<=?|>=?)\\s*(?!-?[01]\\b)[\\w.]+|(?<![\\w.])(?!-?[01]\\b)[\\w.]+\\s*(<=?|>=?)\\s*${n}\\b|(Math\\.)?(min|Min|Clamp)\\s*\\([^)]*\\b${n}\\b`,
  ).test(scopeText);
}
