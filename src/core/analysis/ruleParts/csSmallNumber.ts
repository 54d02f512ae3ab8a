// Shared rule helpers: C# integer literals below a safe limit.
import type { SyntaxNode } from '../../languages/SyntaxTree';

export function smallNumber(node: SyntaxNode | undefined, below: number): boolean {
  return node?.type === 'integer_literal' && Number(node.text.replace(/_/g, '')) < below;
}
