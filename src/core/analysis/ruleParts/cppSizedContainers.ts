// C++ parameters that carry their own length. A C function handed `int *buf, int i` leaves the bound to its caller
// (the array's size is not in view), but one handed `const std::vector<int> &v, int i` can compare i with v.size();
// an index into such a parameter with no comparison is the function's own unchecked access.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { declarationsOf } from '../cDeclarations';

const SIZED_CONTAINER = /\b(vector|array|span|deque|basic_string|string|wstring|string_view)\b/;

/** `base` is a parameter of the enclosing function declared as a sized C++ container (by value or reference). */
export function sizedContainerParameter(base: string, node: SyntaxNode, ctx: RuleContext): boolean {
  return declarationsOf(node, ctx).some(
    (d) => d.parameter && d.name === base && !d.indirect && SIZED_CONTAINER.test(d.type),
  );
}

/** `v` of a loop bound `v.size()` / `v.length()`, or undefined. */
export function measuredContainer(bound: SyntaxNode): string | undefined {
  return /^(\w+)\s*(\.|->)\s*(size|length)\s*\(\s*\)$/.exec(bound.text)?.[1];
}
