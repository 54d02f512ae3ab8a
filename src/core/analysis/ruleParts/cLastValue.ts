// The value a C/C++ local last received before a point of its function, and whether it moved since (`p++`,
// `p += n`): the cheap, textual-order answer the constant-extent and lifetime rules use.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { FUNCTION_TYPES, ancestor, walk } from '../walk';

/** The value `name` was last given before `at` in its function (a declaration's initialiser or an assignment). */
export function lastValueBefore(name: string, at: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return null;
  const last = ctx
    .assignments(fn)
    .filter((a) => a.node.endIndex <= at.startIndex && !a.augmented)
    // A declarator's `*` declares a pointer; an assignment to `*p` writes the pointee, not p.
    .filter(
      (a) =>
        (a.node.childForFieldName('declarator')?.text.replace(/^[*\s]+/, '') ??
          a.node.childForFieldName('left')?.text) === name,
    )
    .at(-1);
  return last?.value ?? null;
}

/** Whether `name` is moved (`p++`, `p += n`) between `from` and `at`: its capacity is then no longer the block's. */
export function movedBetween(name: string, from: number, at: SyntaxNode): boolean {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return true;
  for (const n of walk(fn)) {
    if (n.startIndex < from || n.startIndex >= at.startIndex) continue;
    if (n.type === 'update_expression' && n.childForFieldName('argument')?.text === name) return true;
    if (
      n.type === 'assignment_expression' &&
      n.childForFieldName('left')?.text === name &&
      /^[+-]=$/.test(n.childForFieldName('operator')?.text ?? '')
    )
      return true;
  }
  return false;
}
