// Shared rule helpers: Rust indexes checked against a length.
import type { CallInfo } from '../callInfo';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren, scopeOf } from '../walk';

export const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The function bounds something explicitly: an assert, a length comparison, or a min() clamp. */
export function boundsChecked(call: CallInfo, operand: SyntaxNode | undefined): boolean {
  const fn = scopeOf(call.node).text;
  if (/\b(debug_)?assert!\s*\(|\.min\s*\(|\.clamp\s*\(/.test(fn)) return true;
  if (!operand) return false;
  // A range (`2..2 + len`) is checked when its end (or start) is, written as in the check (`buf.len() < 2 + len`).
  const parts =
    operand.type === 'range_expression'
      ? namedChildren(operand).filter((p) => p.type !== 'integer_literal')
      : [operand];
  return parts.some((part) => {
    const o = (part.text.match(/\w+|\S/g) ?? []).map(esc).join('\\s*');
    return new RegExp(`(^|[^\\w.])${o}\\s*(<|<=|>|>=)|(<|<=|>|>=)\\s*${o}($|[^\\w.(])`).test(fn);
  });
}
