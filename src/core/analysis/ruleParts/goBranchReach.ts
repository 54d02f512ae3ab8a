// How a later statement of a Go function runs relative to an earlier one: in the other arm of the same `if` or
// `switch` (never both), only on some paths (inside a branch, loop or closure the earlier one is not in), or always.
// go-dropped-error uses it so an `err` set in one arm and checked after the `if` counts as read.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namedChildren } from '../walk';

export type Reach = 'exclusive' | 'conditional' | 'always';

const SWITCHES = /^(if_statement|expression_switch_statement|type_switch_statement|select_statement)$/;
const CASES = /^(expression_case|default_case|type_case|communication_case)$/;

const contains = (outer: SyntaxNode, inner: SyntaxNode): boolean =>
  outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
const same = (a: SyntaxNode | null, b: SyntaxNode): boolean =>
  a !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;

/** `child` is an arm of `branch`: a case of a switch, or the consequence or alternative of an `if`. */
function isArm(branch: SyntaxNode, child: SyntaxNode): boolean {
  if (branch.type !== 'if_statement') return CASES.test(child.type);
  return same(branch.childForFieldName('consequence'), child) || same(branch.childForFieldName('alternative'), child);
}

export function reachAfter(earlier: SyntaxNode, later: SyntaxNode): Reach {
  let common = later.parent;
  while (common && !contains(common, earlier)) common = common.parent;
  if (!common) return 'always';
  const toward = (n: SyntaxNode): SyntaxNode | undefined => namedChildren(common).find((c) => contains(c, n));
  const [a, b] = [toward(earlier), toward(later)];
  if (a && b && !same(a, b) && SWITCHES.test(common.type) && isArm(common, a) && isArm(common, b)) return 'exclusive';
  for (let cur = later; cur.parent && !same(cur.parent, common); cur = cur.parent) {
    const up = cur.parent;
    if ((up.type === 'if_statement' && isArm(up, cur)) || CASES.test(up.type)) return 'conditional';
    if (up.type === 'for_statement' || up.type === 'func_literal') return 'conditional';
  }
  return 'always';
}
