// A call of a same-file function with constant arguments only, whose every `return` gives a value the caller's
// judge accepts (`soe_table()` returning `$wpdb->prefix . 'soe_orders'`): the call is worth what it returns.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { functionsByName, isConstant } from './stringShape';
import { FUNCTION_TYPES, namedChildren, walk } from './walk';

export function constantHelperCall(call: SyntaxNode, ctx: RuleContext, judge: (value: SyntaxNode) => boolean): boolean {
  const info = ctx.callAt(call);
  if (
    !/^\w+$/.test(info.name) ||
    !info.args.every((a) => isConstant(a.type === 'argument' ? (a.namedChildren.at(-1) ?? a) : a))
  )
    return false;
  const fns = functionsByName(ctx).get(info.name) ?? [];
  if (fns.length !== 1) return false;
  const fn = fns[0]!;
  if (fn.startIndex <= call.startIndex && call.endIndex <= fn.endIndex) return false;
  const returns = [...walk(fn, (n) => n !== fn && FUNCTION_TYPES.has(n.type))]
    .filter((n) => n.type === 'return_statement')
    .map((r) => namedChildren(r)[0]);
  return returns.length > 0 && returns.every((v) => v !== undefined && judge(v));
}
