// Python `base = UPSTREAMS.get(service)` then `if base is None: raise NotFound`: past the check, `service` is one of
// the keys of a table written in the code, the look-up form of `if service not in UPSTREAMS` (guardCondition.ts).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { ownTable } from './fileBindings';
import { IDENTIFIER_TYPES, namedChildren, scopeOf, walk } from './walk';

function mentions(node: SyntaxNode, names: ReadonlySet<string>): boolean {
  for (const n of walk(node)) if (IDENTIFIER_TYPES.has(n.type) && names.has(n.text)) return true;
  return false;
}

/** `TABLE.get(key)` (or `.get(key, None)`) on a table of our own, with a key made of the names. */
function tableGet(value: SyntaxNode, names: ReadonlySet<string>, ctx: RuleContext): boolean {
  if (!isCallNode(value)) return false;
  const call = ctx.callAt(value);
  if (call.last !== 'get' || !call.args[0] || (call.args[1] && call.args[1].text !== 'None')) return false;
  const receiver = value.childForFieldName('function')?.childForFieldName('object') ?? null;
  return ownTable(receiver, ctx) && mentions(call.args[0], names);
}

/** Whether the result was found when the condition holds: `v`, `v is not None` (true); `not v`, `v is None` (false). */
function foundWhenHolds(n: SyntaxNode, cond: SyntaxNode): boolean | null {
  let node = n;
  let found = true;
  const parent = n.parent;
  if (parent?.type === 'comparison_operator') {
    const [left, right] = namedChildren(parent);
    const op = parent.children
      .filter((c) => c !== null && !c.isNamed)
      .map((c) => c!.type)
      .join(' ');
    if (left?.startIndex !== n.startIndex || right?.text !== 'None') return null;
    if (/^(is|==)$/.test(op)) found = false;
    else if (!/^(is not|!=)$/.test(op)) return null;
    node = parent;
  }
  for (let cur = node.parent; cur && cur.startIndex >= cond.startIndex && cur !== cond.parent; cur = cur.parent) {
    if (cur.type === 'not_operator') found = !found;
    else if (!/^(parenthesized_expression|boolean_operator)$/.test(cur.type)) return null;
  }
  return found;
}

/** `if base is None: raise` before the sink (branch 'fails'), or the sink inside `if base:` (branch 'holds'). */
export function lookupResultChecks(
  n: SyntaxNode,
  cond: SyntaxNode,
  names: ReadonlySet<string>,
  branch: 'holds' | 'fails' | 'either',
  ctx: RuleContext,
): boolean {
  if (ctx.language !== 'python' || branch === 'either' || n.type !== 'identifier') return false;
  const found = foundWhenHolds(n, cond);
  if (found === null || found !== (branch === 'holds')) return false;
  return ctx
    .assignments(scopeOf(n))
    .some(
      (a) =>
        a.names.length === 1 &&
        a.names[0] === n.text &&
        a.node.endIndex <= n.startIndex &&
        tableGet(a.value, names, ctx),
    );
}
