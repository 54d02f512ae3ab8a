// PHP lists whose every element is a number or one of our literals, and their joins: `implode(',',
// array_map('intval', $ids))` is digits and commas, `implode(', ', array_fill(0, $n, '%d'))` a row of placeholders.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';

/** Converters whose every result is a number, as array_map's callback name. */
const NUMERIC_CALLBACK = /^['"](intval|absint|floatval|boolval)['"]$/;

/** The call builds a list or string of numbers and literals only; `constant` judges the other parts. */
export function joinedConstants(node: SyntaxNode, ctx: RuleContext, constant: (part: SyntaxNode) => boolean): boolean {
  if (ctx.language !== 'php' || !isCallNode(node)) return false;
  const call = ctx.callAt(node);
  if (call.name === 'array_map') return NUMERIC_CALLBACK.test(call.args[0]?.text ?? '');
  if (call.name === 'array_fill') return call.args.length === 3 && constant(call.args[2]!);
  if (call.name === 'implode' || call.name === 'join')
    return call.args.length > 0 && call.args.every((a) => constant(a) || joinedConstants(a, ctx, constant));
  return false;
}
