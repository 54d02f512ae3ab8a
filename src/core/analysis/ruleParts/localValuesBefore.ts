// The values a local is given before a point in its function, shared by the C divisor and index rules.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { scopeOf } from '../walk';

/**
 * Values `name` gets before `at` in its function: initialisers, `=` and compound assignments (`n += 1` yields `1`,
 * which no caller mistakes for the whole value, so a compound update only makes the facts built on it fail).
 */
export function valuesBefore(name: string, at: SyntaxNode, ctx: RuleContext): SyntaxNode[] {
  return ctx
    .assignmentsTo(scopeOf(at), name)
    .filter((a) => a.node.endIndex <= at.startIndex)
    .map((a) => a.value);
}
