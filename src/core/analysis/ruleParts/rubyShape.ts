// Shared shapes of the Ruby rules: which argument of a call carries the data, whether a value is input or a string
// built from non-constant parts, and the method's receiver (Ruby puts the value first: `params[:m].constantize`).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import type { TaintSpec } from '../Rule';
import { builtOrTainted } from '../ruleHelpers';
import { exprTainted, taintOf } from '../taint';
import { isBuiltString, isConstant } from '../stringShape';
import { fixedIterationValue } from './rubyFixedIteration';
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

/** A Ruby constant (`STATUS_LOCKED`, `Foo::BAR`): fixed by the program, not input. */
const RUBY_CONSTANT = new Set(['constant', 'scope_resolution']);

/**
 * One spliced value that cannot carry input: a literal, a Ruby constant, a call of `escaper` (with a receiver or
 * bare: `#{quote(x)}`, `#{Project.table_name}` when the escaper lists schema names), a number cast, or a local whose
 * every earlier assignment in the method is such a value (`t = Member.table_name`).
 */
function safePart(node: SyntaxNode, escaper: RegExp, ctx: RuleContext, depth = 0): boolean {
  if (isConstant(node) || RUBY_CONSTANT.has(node.type)) return true;
  if (node.type === 'conditional') {
    // `compare = archived ? '' : 'NOT'`: either branch is fixed text.
    const branches = [node.childForFieldName('consequence'), node.childForFieldName('alternative')];
    return branches.every((b) => b !== null && safePart(b, escaper, ctx, depth));
  }
  if (node.type === 'call') return escaper.test(ctx.callAt(node).name) || /\.(to_i|to_f)$/.test(ctx.callAt(node).name);
  if (node.type !== 'identifier') return false;
  const values = ctx
    .assignments(scopeOf(node))
    .filter((a) => a.names.includes(node.text) && a.node.endIndex <= node.startIndex)
    .map((a) => a.value);
  // No assignment: a bare method call (`table_name`), safe only when the escaper names it, or the variable of a
  // block over a fixed list (`%w[a b].each do |m|`), which is one of the listed values.
  if (values.length === 0) return escaper.test(node.text) || fixedIterationValue(node, ctx);
  return depth === 0 && values.every((v) => safePart(v, escaper, ctx, 1));
}

/**
 * A string or backtick command with `#{...}` parts that are not all safe (see safePart; `Shellwords.escape`,
 * `ActiveRecord::Base.connection.quote`): the parts are spliced into the text as they are.
 */
export function unescapedInterpolation(node: SyntaxNode, escaper: RegExp, ctx: RuleContext): boolean {
  const parts = namedChildren(node).filter((c) => c.type === 'interpolation');
  return parts.some((part) => {
    const inner = namedChildren(part);
    return inner.length > 0 && !inner.every((n) => safePart(n, escaper, ctx));
  });
}

/**
 * A string argument that is built (interpolation, `+`, a format) or carries input, with escaped interpolations
 * (`"ls #{Shellwords.escape(dir)}"`) counting as safe. `depth` follows one local variable back to its value.
 */
export function rubyBuiltOrTainted(node: SyntaxNode | undefined, escaper: RegExp, ctx: RuleContext): boolean {
  return rubyText(node, escaper, ctx, builtOrTainted);
}

/**
 * Like rubyBuiltOrTainted, but only text put together counts: a value handed over whole (a parameter, a condition
 * object) does not. For sinks that also take non-text values, on the parameter run.
 */
export function rubyBuiltText(node: SyntaxNode | undefined, escaper: RegExp, ctx: RuleContext): boolean {
  return rubyText(node, escaper, ctx, (n, c) => n !== undefined && isBuiltString(n, c));
}

function rubyText(
  node: SyntaxNode | undefined,
  escaper: RegExp,
  ctx: RuleContext,
  otherwise: (node: SyntaxNode | undefined, ctx: RuleContext) => boolean,
): boolean {
  if (!node || isConstant(node)) return false;
  if (node.type === 'string') return unescapedInterpolation(node, escaper, ctx);
  if (node.type === 'call' && escaper.test(ctx.callAt(node).name)) return false;
  if (node.type === 'identifier') {
    const scopeAssignments = ctx.assignments(scopeOf(node)).filter((a) => a.names.includes(node.text));
    const values = scopeAssignments.filter((a) => a.node.endIndex <= node.startIndex).map((a) => a.value);
    if (values.length > 0 && values.every((v) => v.type === 'string'))
      return values.some((v) => unescapedInterpolation(v, escaper, ctx)) || otherwise(node, ctx);
  }
  return otherwise(node, ctx);
}

/** The text of a node mentions a call to one of `names` anywhere inside it (`.permit(`, `File.basename(`). */
export function callsInside(node: SyntaxNode, names: RegExp, ctx: RuleContext): boolean {
  for (const n of walk(node)) if (n.type === 'call' && names.test(ctx.callAt(n).name)) return true;
  return false;
}
