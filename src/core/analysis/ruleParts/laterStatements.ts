// Shared rule helpers: the statements that follow one inside its function.
import type { SyntaxNode } from '../../languages/SyntaxTree';

/** The statements after `node`'s statement in its block (and the rest of enclosing blocks). */
export function laterStatements(node: SyntaxNode): SyntaxNode[] {
  let stmt = node;
  while (stmt.parent && stmt.parent.type !== 'compound_statement') stmt = stmt.parent;
  const block = stmt.parent;
  if (!block) return [];
  return block.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex);
}
