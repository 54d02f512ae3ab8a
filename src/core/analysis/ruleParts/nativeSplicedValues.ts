// Shared rule helper: the run-time values a C/C++ program splices into a query or markup string before handing it
// to a sink (an XPath evaluator, an LDAP search, printf of HTML). C builds such text with sprintf/snprintf/strcat
// into a buffer, C++ with `+` on std::string or an ostringstream; the sink itself only sees the buffer.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { isCallNode } from '../callInfo';
import { formatParts } from '../httpMessageParts';
import { declarationsOf } from '../cDeclarations';
import { constantLike } from '../stringShape';
import { namedChildren, scopeOf, walk } from '../walk';

/** Calls whose result (or out-buffer) is safe to splice: escapers, encoders, number conversions. */
export const NATIVE_ESCAPERS = /escape|encode|sanitiz|quote|strvis|atoi|atol|strtol|strtoul|std::stoi|to_string/i;

/** Strips casts, parentheses and `.c_str()`/`.data()`/`.str()` down to the expression that holds the text. */
export function textValue(arg: SyntaxNode): SyntaxNode {
  let node = arg;
  for (let hop = 0; hop < 4; hop += 1) {
    if (node.type === 'cast_expression') node = node.childForFieldName('value') ?? node;
    else if (node.type === 'parenthesized_expression') node = namedChildren(node)[0] ?? node;
    else if (node.type === 'call_expression') {
      const fn = node.childForFieldName('function');
      if (fn?.type !== 'field_expression' || !/^(c_str|data|str)$/.test(fn.childForFieldName('field')?.text ?? ''))
        break;
      node = fn.childForFieldName('argument') ?? node;
    } else break;
  }
  return node;
}

/** Operands of a `+` / `<<` chain, in order. */
function chain(node: SyntaxNode, operator: string): SyntaxNode[] {
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === operator) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    return [...(left ? chain(left, operator) : []), ...(right ? chain(right, operator) : [])];
  }
  return [node];
}

/** The value went through an escaper: an escaper call, or a local assigned from one or filled by one earlier. */
function escaped(value: SyntaxNode, sink: SyntaxNode, ctx: RuleContext): boolean {
  const inner = textValue(value);
  if (isCallNode(inner) && NATIVE_ESCAPERS.test(ctx.callAt(inner).name)) return true;
  if (inner.type !== 'identifier') return false;
  const scope = scopeOf(sink);
  const writes = ctx.assignmentsTo(scope, inner.text);
  if (writes.length > 0 && writes.every((a) => isCallNode(a.value) && NATIVE_ESCAPERS.test(ctx.callAt(a.value).name)))
    return true;
  return ctx
    .callsIn(scope)
    .some(
      (c) =>
        c.node.startIndex < sink.startIndex &&
        NATIVE_ESCAPERS.test(c.name) &&
        c.args.slice(1).some((a) => textValue(a).text === inner.text),
    );
}

/** Values spliced into a text: the string arguments of a format, or the non-literal operands of `+`/`<<`. */
function partsOf(node: SyntaxNode, before: SyntaxNode, ctx: RuleContext, depth: number): SyntaxNode[] {
  const value = textValue(node);
  if (value.type === 'binary_expression') {
    const op = value.childForFieldName('operator')?.text ?? '';
    if (op === '+' || op === '<<') return chain(value, op).flatMap((p) => partsOf(p, before, ctx, depth + 1));
  }
  if (/string_literal|raw_string_literal|concatenated_string|number_literal|char_literal/.test(value.type)) return [];
  if (value.type !== 'identifier' || depth > 3) return [value];
  const scope = scopeOf(before);
  const found: SyntaxNode[] = [];
  let traced = false;
  for (const call of ctx.callsIn(scope)) {
    if (call.node.startIndex >= before.startIndex || textValue(call.args[0] ?? call.node).text !== value.text) continue;
    if (/^(std::)?(sprintf|snprintf|vsprintf|vsnprintf|swprintf)$/.test(call.name)) {
      const at = call.name.includes('snprintf') ? 2 : 1;
      const format = call.args[at];
      if (!format) continue;
      traced = true;
      found.push(...formatParts(format, call.args.slice(at + 1)).filter((p): p is SyntaxNode => typeof p !== 'string'));
    } else if (/^(strcat|strncat|strcpy|strncpy|strlcat|strlcpy)$/.test(call.name) && call.args[1]) {
      traced = true;
      found.push(...partsOf(call.args[1], call.node, ctx, depth + 1));
    }
  }
  for (const a of ctx.assignments(scope)) {
    if (!a.names.includes(value.text) || a.node.startIndex >= before.startIndex) continue;
    traced = true;
    found.push(...partsOf(a.value, a.node, ctx, depth + 1));
  }
  // An ostringstream: everything streamed into it (`ss << "(uid=" << name << ")"`).
  for (const n of walk(scope)) {
    if (n.startIndex >= before.startIndex) break;
    if (n.type !== 'binary_expression' || n.childForFieldName('operator')?.text !== '<<') continue;
    if (n.parent?.type === 'binary_expression') continue;
    const [head, ...rest] = chain(n, '<<');
    if (head?.text !== value.text) continue;
    traced = true;
    found.push(...rest.flatMap((p) => partsOf(p, n, ctx, depth + 1)));
  }
  return traced ? found : [value];
}

/** Scalar types: a value of one prints as digits (or true/false), never as markup or query syntax. */
const NUMERIC_TYPE =
  /^(const\s+)?(unsigned\s+|signed\s+)?(int|long|short|long\s+long|size_t|ssize_t|off_t|double|float|bool|u?int(8|16|32|64)_t|uint|unsigned|time_t|pid_t|uid_t|gid_t)$/;

function numericVariable(value: SyntaxNode, ctx: RuleContext): boolean {
  if (value.type !== 'identifier') return false;
  const decl = declarationsOf(value, ctx).find((d) => d.name === value.text);
  return decl !== undefined && !decl.indirect && NUMERIC_TYPE.test(decl.type.trim());
}

/** Whether a spliced value stays: not a constant or allowlist pick, not a number, not escaped. */
function risky(value: SyntaxNode, sink: SyntaxNode, ctx: RuleContext): boolean {
  return !constantLike(value, ctx) && !numericVariable(value, ctx) && !escaped(value, sink, ctx);
}

/**
 * The run-time values spliced into the text `arg` names, without constants, allowlist picks and escaped values.
 * Empty when the text was not built here: a query handed over whole by the caller is the caller's choice.
 */
export function splicedValues(arg: SyntaxNode, sink: SyntaxNode, ctx: RuleContext): SyntaxNode[] {
  const value = textValue(arg);
  const parts = partsOf(arg, sink, ctx, 0);
  if (parts.length === 1 && parts[0]!.startIndex === value.startIndex) return [];
  return parts.filter((v) => risky(v, sink, ctx));
}

/** The risky values behind each of `nodes` (each followed into the locals built from it before the sink). */
export function valuesBehind(nodes: readonly SyntaxNode[], sink: SyntaxNode, ctx: RuleContext): SyntaxNode[] {
  return nodes.flatMap((v) => partsOf(v, sink, ctx, 1)).filter((v) => risky(v, sink, ctx));
}

/** The values a printf-style format at the sink splices in through `%s`, followed into locals built here. */
export function formattedValues(
  format: SyntaxNode,
  args: readonly SyntaxNode[],
  sink: SyntaxNode,
  ctx: RuleContext,
): SyntaxNode[] {
  return valuesBehind(
    formatParts(format, args).filter((p): p is SyntaxNode => typeof p !== 'string'),
    sink,
    ctx,
  );
}

/** Operands of the `+` or `<<` chain rooted at `node` (empty for other nodes). */
export function chainOperands(node: SyntaxNode): SyntaxNode[] {
  const op = node.type === 'binary_expression' ? node.childForFieldName('operator')?.text : undefined;
  return op === '+' || op === '<<' ? chain(node, op) : [];
}

/** Operands of a whole `<<` stream chain (`out << "a" << x`), or none unless `node` is its outermost `<<`. */
export function streamOperands(node: SyntaxNode | undefined): SyntaxNode[] {
  if (!node || node.parent?.type === 'binary_expression' || node.childForFieldName('operator')?.text !== '<<')
    return [];
  return chainOperands(node);
}
