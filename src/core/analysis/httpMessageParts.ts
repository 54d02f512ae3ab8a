// The pieces of a hand-written text message in order: literal text and the run-time values spliced between it.
// Used to tell where a value lands in an HTTP message written to a socket or stdout (request line, header or body).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { namedChildren, scopeOf } from './walk';

/** Literal text, or a value spliced into the message. */
export type Part = string | SyntaxNode;

const STRING_TYPES: ReadonlySet<string> = new Set([
  'string',
  'string_literal',
  'interpreted_string_literal',
  'raw_string_literal',
  'template_string',
  'concatenated_string',
]);
const SUBSTITUTIONS: ReadonlySet<string> = new Set(['interpolation', 'template_substitution']);
/** printf-style conversions; only string verbs carry text that can hold CR/LF (`%d` cannot, Go's `%q` quotes it). */
const CONVERSION = /%(?:%|[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?(?:hh|h|ll|l|L|z|j|t)?([a-zA-Z]))/g;

/** Splits a printf-style format around its conversions, pairing each string conversion with its argument. */
export function formatParts(format: SyntaxNode, args: readonly SyntaxNode[]): Part[] {
  const text = literalText(format);
  const parts: Part[] = [];
  let at = 0;
  let next = 0;
  for (const m of text.matchAll(CONVERSION)) {
    parts.push(text.slice(at, m.index));
    at = (m.index ?? 0) + m[0].length;
    if (m[0] === '%%' || m[3] === 'm') continue; // %m (errno text) takes no argument
    next += (m[1] === '*' ? 1 : 0) + (m[2] === '*' ? 1 : 0);
    const arg = args[next];
    next += 1;
    if (arg && /^[svV]$/.test(m[3] ?? '')) parts.push(arg);
  }
  parts.push(text.slice(at));
  return parts;
}

/** A string literal's text without quotes, split at its interpolations (f-strings, template literals). */
function literalParts(node: SyntaxNode): Part[] {
  const parts: Part[] = [];
  for (const child of namedChildren(node)) {
    if (STRING_TYPES.has(child.type))
      parts.push(...literalParts(child)); // "a" "b": adjacent literals
    else if (SUBSTITUTIONS.has(child.type))
      parts.push(child.childForFieldName('expression') ?? namedChildren(child)[0] ?? child);
    else if (/content|fragment|escape_sequence/.test(child.type)) parts.push(child.text);
  }
  return parts.length > 0 ? parts : [node.text.replace(/^[A-Za-z]*["'`]+|["'`]+$/g, '')];
}

/** The literal text of a format string (adjacent literals joined). */
function literalText(node: SyntaxNode): string {
  return literalParts(node)
    .filter((p): p is string => typeof p === 'string')
    .join('');
}

/** The message an expression builds, following local variables to their assignments in the same function. */
export function messageParts(node: SyntaxNode, ctx: RuleContext, depth = 0): Part[] {
  // Depth counts hops through variables only; walking down one expression is bounded by its size.
  if (depth > 4) return [node];
  const inner = (n: SyntaxNode | null | undefined): Part[] => (n ? messageParts(n, ctx, depth) : []);
  if (STRING_TYPES.has(node.type)) return literalParts(node);
  switch (node.type) {
    case 'parenthesized_expression':
    case 'expression_list':
      return namedChildren(node).flatMap((c) => inner(c));
    case 'type_conversion_expression': // Go []byte(msg)
      return inner(node.childForFieldName('operand'));
    case 'binary_operator':
    case 'binary_expression': {
      const op = node.childForFieldName('operator')?.text;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (op === '+') return [...inner(left), ...inner(right)];
      // Python "..." % (a, b): the right side's elements fill the conversions in order.
      if (op === '%' && left && right && STRING_TYPES.has(left.type))
        return formatParts(left, right.type === 'tuple' ? namedChildren(right) : [right]);
      return [node];
    }
    case 'identifier':
      return assignedParts(node, ctx, depth);
    default:
      break;
  }
  if (isCallNode(node)) {
    const call = ctx.callAt(node);
    const fn = node.childForFieldName('function');
    const receiver = fn?.childForFieldName('object') ?? fn?.childForFieldName('operand');
    if (/^(bytes|\[\]byte|string|Buffer\.from)$/.test(call.name)) return inner(call.args[0]);
    if (call.last === 'encode' && receiver) return inner(receiver);
    if (/^fmt\.Sprintf$/.test(call.name) && call.args[0]) return formatParts(call.args[0], call.args.slice(1));
    if (call.last === 'format' && receiver && STRING_TYPES.has(receiver.type)) {
      // "{} {}".format(a, b): placeholders take the positional arguments in order.
      const pieces = literalText(receiver).split(/\{[^{}]*\}/);
      return pieces.flatMap((p, i) => (i < pieces.length - 1 && call.args[i] ? [p, call.args[i]!] : [p]));
    }
  }
  return [node];
}

/** A local's message: everything assigned to it before `id` in its function (`+=` appends). */
function assignedParts(id: SyntaxNode, ctx: RuleContext, depth: number): Part[] {
  const writes = ctx
    .assignmentsTo(scopeOf(id), id.text)
    .filter((a) => a.names.length === 1 && a.node.startIndex < id.startIndex);
  if (writes.length === 0) return [id];
  return writes.flatMap((a) => messageParts(a.value, ctx, depth + 1));
}
