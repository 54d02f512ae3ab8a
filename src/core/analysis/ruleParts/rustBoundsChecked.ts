// Shared rule helpers: Rust indexes checked against a length.
import type { CallInfo } from '../callInfo';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf } from '../walk';

export const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The function bounds something explicitly: an assert, a length comparison, or a min() clamp. */
export function boundsChecked(call: CallInfo, operand: SyntaxNode | undefined): boolean {
  const fn = scopeOf(call.node).text;
  if (/\b(debug_)?assert!\s*\(|\.min\s*\(|\.clamp\s*\(/.test(fn)) return true;
  if (!operand) return false;
  const o = esc(operand.text.replace(/\s+/g, ''));
  return new RegExp(`\\b${o}\\s*(<|<=|>|>=)|(<|<=|>|>=)\\s*${o}\\b`).test(
    fn.replace(/\s+(?=[<>])|(?<=[<>]=?)\s+/g, ''),
  );
}
