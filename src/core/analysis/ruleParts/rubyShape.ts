// Shared shapes of the Ruby rules: which argument of a call carries the data, whether a value is input or a string
// built from non-constant parts, and the method's receiver (Ruby puts the value first: `params[:m].constantize`).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import type { TaintSpec } from '../Rule';
import { builtOrTainted } from '../ruleHelpers';
import { exprTainted, taintOf } from '../taint';
import { isConstant } from '../stringShape';
import { NUMERIC_SANITIZERS, REQUEST_SOURCES, ANY_SOURCES } from '../sources';
import { namedChildren, scopeOf, walk } from '../walk';

/** The object a Ruby method is called on (`x` in `x.html_safe`), or null for a bare command (`system "ls"`). */
export function receiverOf(call: CallInfo): SyntaxNode | null {
  return call.node.childForFieldName('receiver');
}

/** A taint spec from request data (or any input) whose flow is cut by the given calls as well as by number casts. */
export function rubyTaint(sanitizers: RegExp | null, sources = ANY_SOURCES): TaintSpec {
  const cut = sanitizers ? new RegExp(`${NUMERIC_SANITIZERS.source}|${sanitizers.source}`) : NUMERIC_SANITIZERS;
  return { sources, sinks: {}, sanitizers: cut };
}

export const RUBY_REQUEST_TAINT = (sanitizers: RegExp | null): TaintSpec => rubyTaint(sanitizers, REQUEST_SOURCES);

/** Input reaches `node` under `spec` (memoised per rule id and method). */
export function taintedUnder(node: SyntaxNode, id: string, spec: TaintSpec, ctx: RuleContext): boolean {
  return exprTainted(node, spec, ctx, taintOf(node, id, spec, ctx));
}

/**
 * A string or backtick command with `#{...}` parts that are not all passed through `escaper` (`Shellwords.escape`,
 * `ActiveRecord::Base.connection.quote`): the parts are spliced into the text as they are.
 */
export function unescapedInterpolation(node: SyntaxNode, escaper: RegExp, ctx: RuleContext): boolean {
  const parts = namedChildren(node).filter((c) => c.type === 'interpolation');
  return parts.some((part) => {
    const inner = namedChildren(part);
    if (inner.length === 0 || inner.every(isConstant)) return false;
    if (inner.length === 1 && inner[0]!.type === 'call' && escaper.test(ctx.callAt(inner[0]!).name)) return false;
    return !inner.every((n) => n.type === 'call' && /\.(to_i|to_f)$/.test(ctx.callAt(n).name));
  });
}

/**
 * A string argument that is built (interpolation, `+`, a format) or carries input, with escaped interpolations
 * (`"ls #{Shellwords.escape(dir)}"`) counting as safe. `depth` follows one local variable back to its value.
 */
export function rubyBuiltOrTainted(node: SyntaxNode | undefined, escaper: RegExp, ctx: RuleContext): boolean {
  if (!node || isConstant(node)) return false;
  if (node.type === 'string') return unescapedInterpolation(node, escaper, ctx);
  if (node.type === 'call' && escaper.test(ctx.callAt(node).name)) return false;
  if (node.type === 'identifier') {
    const scopeAssignments = ctx.assignments(scopeOf(node)).filter((a) => a.names.includes(node.text));
    const values = scopeAssignments.filter((a) => a.node.endIndex <= node.startIndex).map((a) => a.value);
    if (values.length > 0 && values.every((v) => v.type === 'string'))
      return values.some((v) => unescapedInterpolation(v, escaper, ctx)) || builtOrTainted(node, ctx);
  }
  return builtOrTainted(node, ctx);
}

/** The text of a node mentions a call to one of `names` anywhere inside it (`.permit(`, `File.basename(`). */
export function callsInside(node: SyntaxNode, names: RegExp, ctx: RuleContext): boolean {
  for (const n of walk(node)) if (n.type === 'call' && names.test(ctx.callAt(n).name)) return true;
  return false;
}
