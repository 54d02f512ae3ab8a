// `sprintf("... WHERE id = %d LIMIT %u", $id, $n)`: a printf-style format whose every conversion prints a number.
// Whatever the arguments hold, the result is the format's own text and digits, so it is no string built from input.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { isConstant } from './stringShape';

const PRINTF = /^(sprintf|vsprintf|snprintf|std::sprintf)$/;
/** A printf conversion: `%%`, or `%[argnum$][flags][width][.precision][length]specifier`. */
const CONVERSION = /%(%|(\d+\$)?[-+ 0#']*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|j|z|t|L)?([a-zA-Z]))/g;
/** Specifiers that print a number (`c` is a character, `s` text). */
const NUMERIC = /^[diuoxXeEfFgGb]$/;

/** The call formats with a literal whose conversions are all numeric (at least one). */
export function numericOnlyFormat(node: SyntaxNode, ctx: RuleContext): boolean {
  if (!isCallNode(node)) return false;
  const call = ctx.callAt(node);
  if (!PRINTF.test(call.name)) return false;
  // snprintf's buffer and size come first; the format follows them.
  const arg = call.args[call.name.includes('snprintf') ? 2 : 0];
  const format = arg?.type === 'argument' ? arg.namedChildren.at(-1) : arg;
  if (!format || !isConstant(format)) return false;
  const specifiers = [...format.text.matchAll(CONVERSION)].filter((m) => m[1] !== '%').map((m) => m[7] ?? '');
  return specifiers.length > 0 && specifiers.every((s) => NUMERIC.test(s));
}
