// Shared rule helpers for C++ object lifetimes (what happens to a pointer after delete).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf } from '../walk';

export const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Statements that run after `node`'s statement: later siblings, then later siblings of each enclosing block. */
export function statementsAfter(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let stmt = node;
  const fn = scopeOf(node);
  while (stmt.parent && stmt.parent !== null && stmt.startIndex >= fn.startIndex) {
    const block = stmt.parent;
    // A `case` holds its statements without braces: its `break` ends the path like a block's `return`.
    if (block.type === 'compound_statement' || block.type === 'case_statement') {
      const later = block.namedChildren.filter((c): c is SyntaxNode => c !== null && c.startIndex > stmt.startIndex);
      for (const s of later) {
        out.push(s);
        // An unconditional exit in the same block ends the path.
        if (/^(return|throw|break|continue|goto)\b/.test(s.text.trim())) return out;
      }
      // Leaving a loop body loops back; do not follow into the statements after the loop.
      if (/^(for|while|do)_statement$|for_range_loop/.test(block.parent?.type ?? '')) return out;
      if (block.parent?.type === 'function_definition') return out;
    }
    stmt = block;
  }
  return out;
}

/** What happens to `name` after `node`: a dereference, another delete, or nothing (reassigned / unused). */
export function fateAfter(node: SyntaxNode, name: string): 'use' | 'delete' | null {
  const p = esc(name);
  const events: [RegExp, 'use' | 'delete' | null][] = [
    [new RegExp(`\\bdelete\\s*(\\[\\s*\\]\\s*)?${p}\\s*;`), 'delete'],
    [new RegExp(`\\b${p}\\s*=[^=]`), null],
    // A new variable of the same name (`T *p = ...;` in a later block): its `*` is a declarator, not a dereference.
    [new RegExp(`\\b(?!return\\b|delete\\b)[A-Za-z_][\\w:]*\\s*(<[^;]*>)?\\s*\\*+\\s*${p}\\s*[=;,)]`), null],
    [new RegExp(`\\b${p}\\s*(->|\\[)|\\*\\s*${p}\\b`), 'use'],
  ];
  for (const s of statementsAfter(node)) {
    // A later loop or block can both give the name a new value and delete it (`p = new T; ...; delete p;`): the
    // first of these in the statement is what happens to the deleted pointer.
    let first: { at: number; fate: 'use' | 'delete' | null } | null = null;
    for (const [pattern, fate] of events) {
      const at = pattern.exec(s.text)?.index;
      if (at !== undefined && (first === null || at < first.at)) first = { at, fate };
    }
    if (first) return first.fate;
  }
  return null;
}

export const deleteQuery = '(expression_statement (delete_expression (identifier) @name) @hit)';
