// A list of bind markers for an `IN (...)` clause, built to the length of a value list: `str_repeat('?,', count($ids))`,
// `ids.map(() => '?').join(',')`, `strings.Repeat("?,", len(ids))`, `'?, '.repeat(n)`, or a helper named for it
// (`arr_qmarks($ids)`, `placeholders(len(ids))`). Only markers enter the SQL; the values go in as bound arguments, so
// splicing the list is as safe as splicing a constant.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';

/** Helpers whose name says they return bind markers. */
const MARKER_HELPER = /(^|[._>:])(\w*_)?(q_?marks?|question_?marks?|placeholders?|bind_?markers?|param_?markers?)$/i;
/** A literal of markers and separators only: `'?'`, `"?,"`, `'%s, '`, `":id"` is not (a named marker is one value). */
const MARKER_LITERAL = /^(['"`])(\s*(\?|%s|\$\d+)\s*,?\s*)+\1$/;
/** Trims of a trailing separator (`rtrim(..., ',')`, `strings.TrimSuffix(..., ",")`) keep a list of markers. */
const TRIM = /^(rtrim|trim|substr|strings\.(TrimSuffix|TrimRight|Trim))$|\.(slice|substring|substr|trimEnd)$/;

function argValue(a: SyntaxNode): SyntaxNode {
  return a.type === 'argument' ? (a.namedChildren.at(-1) ?? a) : a;
}

function markerLiteral(node: SyntaxNode | undefined): boolean {
  return !!node && MARKER_LITERAL.test(node.text.trim());
}

/** The body of a callback that yields one marker: a marker literal, or `'$' + (i + 1)` / `` `$${i + 1}` ``. */
const MARKER_BODY = /^['"`]\$['"`]\s*\+\s*\(?\s*\w+\s*\+\s*1\s*\)?$|^`\$\$\{\s*\w+\s*\+\s*1\s*\}`$/;

/** `() => '?'`, `(_, i) => '$' + (i + 1)`, `` (_, i) => `$${i + 1}` ``: a callback that yields one marker. */
function markerCallback(node: SyntaxNode | undefined): boolean {
  const body = node?.childForFieldName('body')?.text.trim() ?? '';
  return MARKER_LITERAL.test(body) || MARKER_BODY.test(body);
}

/** `node` is a call that builds only bind markers (any language). */
export function placeholderList(node: SyntaxNode, ctx: RuleContext, depth = 0): boolean {
  // Go's `marks := strings.Repeat(...)` wraps the value in a one-element list.
  if (node.type === 'expression_list' && node.namedChildren.length === 1)
    return placeholderList(node.namedChildren[0]!, ctx, depth + 1);
  if (depth > 3 || !isCallNode(node)) return false;
  const call = ctx.callAt(node);
  const args = call.args.map(argValue);
  if (MARKER_HELPER.test(call.name)) return true;
  if (/^(str_repeat|strings\.Repeat)$/.test(call.name)) return markerLiteral(args[0]);
  if (TRIM.test(call.name)) {
    const receiver = node.childForFieldName('function')?.childForFieldName('object');
    const list = /\./.test(call.name) && receiver && !/^strings\./.test(call.name) ? receiver : args[0];
    return !!list && placeholderList(list, ctx, depth + 1);
  }
  const receiver = node.childForFieldName('function')?.childForFieldName('object');
  if (!receiver) return false;
  // `'?,'.repeat(n)`; `xs.map(() => '?').join(',')`; `Array(n).fill('?').join(', ')`.
  if (call.last === 'repeat') return markerLiteral(receiver);
  if (call.last !== 'join' || !isCallNode(receiver)) return false;
  const inner = ctx.callAt(receiver);
  if (inner.last === 'map') return markerCallback(argValue(inner.args[0] ?? receiver));
  return inner.last === 'fill' && markerLiteral(inner.args[0] && argValue(inner.args[0]));
}
