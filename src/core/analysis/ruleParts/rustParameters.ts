// Shared rule helpers: Rust function parameters as taint sources.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren, scopeOf } from '../walk';

export const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function parameter of the enclosing function (data from the caller). */
export function isParameter(node: SyntaxNode): boolean {
  const name = node.text.replace(/^&\s*/, '');
  const params = scopeOf(node).childForFieldName('parameters');
  return namedChildren(params).some((p) => p.childForFieldName('pattern')?.text === name);
}
