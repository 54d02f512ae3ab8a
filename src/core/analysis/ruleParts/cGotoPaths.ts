// Where a C `goto` goes: the statements that run from its label on (kernel- and library-style error paths jump to
// cleanup labels, so a path that follows only the block a statement sits in misses what the label does).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';

/** A labeled statement's inner statement (`out: free(p);` -> `free(p);`), through stacked labels. */
export function unlabeled(stmt: SyntaxNode): SyntaxNode {
  let s = stmt;
  while (s.type === 'labeled_statement') {
    const inner = s.namedChildren
      .filter((c): c is SyntaxNode => c !== null && c.type !== 'statement_identifier')
      .at(-1);
    if (!inner) break;
    s = inner;
  }
  return s;
}

/** The label a `goto` statement names, or null when `stmt` is no goto. */
export function gotoLabel(stmt: SyntaxNode): string | null {
  if (stmt.type !== 'goto_statement') return null;
  return stmt.childForFieldName('label')?.text ?? /^goto\s+(\w+)/.exec(stmt.text.trim())?.[1] ?? null;
}

/** The labeled statement `label:` of the function around `at`, or null. */
export function labelStatement(at: SyntaxNode, label: string): SyntaxNode | null {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return null;
  for (const n of walk(fn))
    if (n.type === 'labeled_statement' && n.childForFieldName('label')?.text === label) return n;
  return null;
}

/**
 * The statements that run after `goto label` jumps: the label's own statement, then the ones after it in its block
 * (each unwrapped from its label). Empty when the label is not found.
 */
export function afterLabel(gotoStmt: SyntaxNode): SyntaxNode[] {
  const label = gotoLabel(gotoStmt);
  const target = label ? labelStatement(gotoStmt, label) : null;
  if (!target?.parent) return [];
  const rest = target.parent.namedChildren.filter(
    (c): c is SyntaxNode => c !== null && c.startIndex > target.startIndex && c.type !== 'comment',
  );
  return [unlabeled(target), ...rest.map(unlabeled)];
}
