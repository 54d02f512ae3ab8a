// Shared rule helpers for C pointer lifetimes (statements after a free and the uses that follow it).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { afterLabel } from './cGotoPaths';

export const C = ['c', 'cpp'] as const;

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The statements that follow `node`'s statement in the same block. */
export function laterSiblings(node: SyntaxNode): SyntaxNode[] {
  let stmt = node;
  while (stmt.parent && stmt.parent.type !== 'compound_statement') stmt = stmt.parent;
  const block = stmt.parent;
  if (!block) return [];
  return block.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex);
}

/**
 * What happens to `name` first after `free`: used, freed again, or neither (reassigned, or the path leaves). A
 * forward `goto` (an error path's jump to its cleanup label) is followed once to the statements from its label on.
 */
export function useAfter(free: SyntaxNode, name: string): 'use' | 'free' | null {
  const p = escapeRe(name);
  const queue = laterSiblings(free);
  let jumped = false;
  for (let stmt = queue.shift(); stmt; stmt = queue.shift()) {
    const text = stmt.text;
    if (!jumped && stmt.type === 'goto_statement') {
      const next = afterLabel(stmt);
      if (next[0] && next[0].startIndex > stmt.startIndex) {
        jumped = true;
        queue.splice(0, queue.length, ...next);
        continue;
      }
    }
    // `n = n->next` after free(n) reads the freed node while reassigning it.
    if (new RegExp(`^\\s*${p}\\s*=[^=].*\\b${p}\\s*->`).test(text)) return 'use';
    if (
      new RegExp(`^\\s*${p}\\s*=[^=]`).test(text) ||
      (/^(return|goto|break|continue)\b/.test(text.trim()) && !new RegExp(`\\b${p}\\b`).test(text))
    )
      return null;
    // A second free past a goto is c-double-free-path's finding (it walks cleanup labels itself).
    if (new RegExp(`\\bfree\\s*\\(\\s*${p}\\s*\\)`).test(text)) return jumped ? null : 'free';
    if (new RegExp(`\\b${p}\\s*=[^=]`).test(text)) return null;
    if (new RegExp(`\\b${p}\\b`).test(text)) return 'use';
  }
  return null;
}
