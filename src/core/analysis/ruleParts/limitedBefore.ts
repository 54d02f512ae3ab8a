// Whether a factor of a size product is bounded before the product: compared with an upper limit, or the divisor
// of the limit another factor is compared with (`if (w > INT_MAX / 4 / h) return`, the division form of an
// overflow test, which bounds both factors of w * h).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf } from '../walk';
import { escapeRegExp } from './textPatterns';

/**
 * `name` is compared against an upper limit before `at` (`if (n > MAX_ITEMS) return`, `MAX < n`), or divides the
 * limit of such a comparison (`a > SIZE_MAX / n`); a test against 0 is no limit, nor is a loop bound (`i < n`
 * limits i, not n).
 */
export function limitedBefore(name: string, at: SyntaxNode): boolean {
  const fn = scopeOf(at);
  const before = fn.text.slice(0, at.startIndex - fn.startIndex);
  const n = escapeRegExp(name);
  const zero = String.raw`\(?\s*0\s*\)?(?![\w.])`;
  return new RegExp(
    String.raw`\b${n}\s*(<=?|>=?)\s*(?!${zero})[\w(]|\b([A-Z][A-Z0-9_]*|[1-9]\d*)\s*(<=?|>=?)\s*${n}\b|[<>]=?[^;<>&|]*\/\s*${n}\b(?!\s*[.\->[(])`,
  ).test(before);
}
