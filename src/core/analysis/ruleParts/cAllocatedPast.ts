// `p = malloc(len + 1); ... p[len] = '\0';`: the buffer was allocated in this function with room past the index
// (the index plus a positive constant), so writing the terminator at the index stays inside it. Common in C and in
// C++ that copies a std::string's bytes into a C buffer.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { escapeRegExp } from './textPatterns';
import { scopeOf } from '../walk';

/** `base` was allocated before `at` with a size of `index + k` (k a positive literal), in this function. */
export function allocatedPastIndex(base: string, index: string, at: SyntaxNode): boolean {
  if (!/^\w+$/.test(index)) return false;
  const fn = scopeOf(at);
  const before = fn.text.slice(0, at.startIndex - fn.startIndex);
  const b = escapeRegExp(base);
  const i = escapeRegExp(index);
  return new RegExp(
    String.raw`\b${b}\s*=[^;]*\b(malloc|calloc|realloc|new\s+[\w:]+\s*\[)\s*\(?\s*([^;]*,\s*)?${i}\s*\+\s*[1-9]`,
  ).test(before);
}
