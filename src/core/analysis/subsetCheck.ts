// `set(name) <= NAME_CHARS`: Python's subset operator, the same test as `set(name).issubset(NAME_CHARS)` (a receiver
// check in guardShapes.ts). Every character (or element) of the value is in a constant allow-list, so on the branch
// where the comparison holds the value is made only of allowed parts (`ALLOWED >= set(name)` reads the same).
import type { SyntaxNode } from '../languages/SyntaxTree';
import { namedChildren } from './walk';

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
const SET_OF = /^(set|frozenset)\s*\(/;

/** The operator of a two-operand comparison (`<=`, `>=`), or null. */
function operatorOf(n: SyntaxNode): string | null {
  if (n.type !== 'comparison_operator' || n.namedChildCount !== 2) return null;
  return n.children.find((c) => c && !c.isNamed)?.type ?? null;
}

/** The `set(...)` side of `set(x) <= ALLOWED` / `ALLOWED >= set(x)`, or null when the node is no subset test. */
export function subsetTested(n: SyntaxNode): SyntaxNode | null {
  const op = operatorOf(n);
  const [left, right] = namedChildren(n);
  if (!left || !right) return null;
  const allowList = (s: SyntaxNode): boolean => CONSTANT.test(s.text) || /^(set|list|tuple)$/.test(s.type);
  if (op === '<=' && SET_OF.test(left.text) && allowList(right)) return left;
  if (op === '>=' && SET_OF.test(right.text) && allowList(left)) return right;
  return null;
}
