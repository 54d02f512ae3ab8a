// Small helpers over the parser port's nodes: field lookup by reference, identity, line numbers.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { FieldRef } from '../languages/SlicingSpec';

/** Children named by a field reference: a field, '#n' (n-th named child) or '*' (all named). */
export function fieldChildren(node: SyntaxNode, ref: FieldRef): SyntaxNode[] {
  if (ref === '*') return present(node.namedChildren);
  if (ref.startsWith('#')) {
    const child = node.namedChildren[Number(ref.slice(1))];
    return child ? [child] : [];
  }
  return present(node.childrenForFieldName(ref));
}

export function fieldChild(node: SyntaxNode, ref: FieldRef): SyntaxNode | null {
  return fieldChildren(node, ref)[0] ?? null;
}

/** Wrappers are fresh objects per access, so identity is by type and byte range. */
export function sameNode(a: SyntaxNode, b: SyntaxNode): boolean {
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

export function containsNode(list: readonly SyntaxNode[], node: SyntaxNode): boolean {
  return list.some((item) => sameNode(item, node));
}

export function present(nodes: readonly (SyntaxNode | null)[]): SyntaxNode[] {
  return nodes.filter((n): n is SyntaxNode => n !== null);
}

/** 1-based first and last line of a node. */
export function startLine(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}

export function endLine(node: SyntaxNode): number {
  // A node ending at column 0 stops before that line (e.g. a block swallowing a trailing newline).
  const { row, column } = node.endPosition;
  return column === 0 && row > node.startPosition.row ? row : row + 1;
}

export function isComment(node: SyntaxNode): boolean {
  return node.type.endsWith('comment');
}
