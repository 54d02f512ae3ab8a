// Counts a syntax tree's error nodes (ERROR and MISSING), the measure of how badly a grammar fits the code.
import type { SyntaxNode } from '../languages/SyntaxTree';

/** web-tree-sitter marks a token the parser invented to recover as `isMissing`; the port does not name it. */
type MaybeMissing = SyntaxNode & { readonly isMissing?: boolean };

export function countSyntaxErrors(root: SyntaxNode): number {
  let count = 0;
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'ERROR' || (node as MaybeMissing).isMissing === true) count += 1;
    // Only subtrees that contain an error can hold more: skipping clean ones keeps big inputs cheap.
    if (!node.hasError) continue;
    for (const child of node.children) if (child) stack.push(child);
  }
  return count;
}
