// Shapes of storage read before it is fully written: a local struct whose fields are set only inside a
// branch, and in Rust a vector given capacity (not contents) right before an `unsafe` block, or
// `MaybeUninit` storage.
import { literal, type CodeShape } from './CodeShape';

function fieldsSetOnlyInBranch(code: string): boolean {
  for (const m of code.matchAll(
    /^[ \t]+(?!return\b|goto\b|delete\b|case\b|break\b)(?:struct\s+)?[A-Za-z_][\w:]*\s+([a-z_]\w*)\s*;/gm,
  )) {
    const v = literal(m[1]!);
    const rest = code.slice(m.index + m[0].length);
    if (new RegExp(String.raw`memset\s*\(\s*&\s*${v}\b|\b${v}\s*=(?!=)`).test(rest)) continue;
    const field = new RegExp(String.raw`(?<![.>])\b${v}\s*\.\s*\w+\s*=(?!=)`).exec(rest);
    if (field && insideBranch(rest.slice(0, field.index))) return true;
  }
  return false;
}

/** Does `before` end inside the block of an `if` (an early `if (...) return;` is not a branch that sets fields)? */
function insideBranch(before: string): boolean {
  const at = before.search(/\bif\s*\((?![\s\S]*\bif\s*\()/);
  if (at < 0) return false;
  const seg = before.slice(at);
  return (seg.match(/\{/g) ?? []).length > (seg.match(/\}/g) ?? []).length;
}

export const STATE_SHAPES: readonly CodeShape[] = [
  {
    name: 'uninitialised-storage',
    languages: ['c', 'cpp', 'rust'],
    found: (code) =>
      fieldsSetOnlyInBranch(code) ||
      /\bwith_capacity\s*\([^;]*;\s*unsafe\s*\{\s*$/.test(code) ||
      /\bset_len\s*\(|MaybeUninit\s*(?:::|<)|mem::uninitialized\s*\(/.test(code),
  },
];
