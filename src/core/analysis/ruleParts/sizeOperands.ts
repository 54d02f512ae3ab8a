// Shared rule helpers: the operands of size arithmetic.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren } from '../walk';

export const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Top-level operands of a chain of the same arithmetic operator. */
export function operands(node: SyntaxNode, op: string): SyntaxNode[] {
  if (/binary_expression/.test(node.type) && node.childForFieldName('operator')?.text === op) {
    return namedChildren(node).flatMap((c) => operands(c, op));
  }
  if (node.type === 'parenthesized_expression') return namedChildren(node).flatMap((c) => operands(c, op));
  return [node];
}
