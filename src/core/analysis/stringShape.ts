// Whether an expression is a string built at run time from non-constant parts (concatenation,
// formatting, interpolation), following local variables back to their assignments.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { IDENTIFIER_TYPES, namedChildren, scopeOf, walk } from './walk';
import { isCallNode } from './callInfo';
import { numericVariable } from './numericValue';
import { connectionProperty } from './connectionProperty';
import { djangoSchemaName } from './djangoSchemaName';
import { joinedConstants } from './joinedNumbers';
import { numericOnlyFormat } from './numericFormat';
import { placeholderList } from './placeholderList';
import { schemaName } from './schemaNames';

const LITERAL_TYPES: ReadonlySet<string> = new Set([
  'string',
  'string_literal',
  'interpreted_string_literal',
  'raw_string_literal',
  'concatenated_string',
  'template_string',
  'encapsed_string',
  'integer',
  'float',
  'number',
  'number_literal',
  'decimal_integer_literal',
  'int_literal',
  'true',
  'false',
  'none',
  'null',
  'nil',
  'string_content',
  'escape_sequence',
  'string_fragment',
  'heredoc',
  'nowdoc',
  'character_literal',
  'char_literal',
  'text_block',
  'boolean',
]);
const INTERPOLATION_TYPES: ReadonlySet<string> = new Set([
  'interpolation',
  'template_substitution',
  'variable_name',
  'simple_variable',
  'dynamic_variable_name',
  'member_access_expression',
  'subscript_expression',
]);
const FORMATTERS = /(^|\.)(format|Sprintf|sprintf|snprintf|vsprintf|format_map|formatted|join|concat|replace|Format)$/;

/** A literal with no interpolated parts (a constant). */
export function isConstant(node: SyntaxNode): boolean {
  if (!LITERAL_TYPES.has(node.type)) {
    if (
      node.type === 'parenthesized_expression' ||
      node.type === 'binary_operator' ||
      node.type === 'binary_expression' ||
      node.type === 'binary' // Ruby
    ) {
      return namedChildren(node).every(isConstant);
    }
    return false;
  }
  for (const part of walk(node)) if (part !== node && INTERPOLATION_TYPES.has(part.type)) return false;
  return true;
}

/** The values spliced into an interpolated literal (`{$column}`, `${col}`, `{TABLE}`), outermost first. */
function splicedValues(literal: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const spliced = (k: SyntaxNode): boolean => k !== literal && INTERPOLATION_TYPES.has(k.type);
  for (const n of walk(literal, (k) => k !== literal && k.parent !== null && spliced(k.parent)))
    if (spliced(n)) out.push(n);
  return out.flatMap((n) =>
    /^(interpolation|template_substitution)$/.test(n.type)
      ? namedChildren(n).filter((c) => c.type !== 'format_specifier')
      : [n],
  );
}

/** An interpolated literal whose every spliced value is constant-like, as a concatenation of such parts is. */
function interpolatesConstants(literal: SyntaxNode, ctx: RuleContext, depth: number): boolean {
  const spliced = splicedValues(literal);
  return spliced.length > 0 && spliced.every((v) => constantLike(v, ctx, depth + 1));
}

/** True when `node` is a string assembled from at least one non-constant part. */
export function isBuiltString(node: SyntaxNode, ctx: RuleContext, depth = 0): boolean {
  if (depth > 4) return false;
  switch (node.type) {
    case 'parenthesized_expression':
    case 'await':
    case 'expression_list': // Go's `q := fmt.Sprintf(...)` wraps the value in a one-element list
      return namedChildren(node).some((c) => isBuiltString(c, ctx, depth));
    case 'binary_operator':
    case 'binary_expression':
    case 'binary': {
      const op = node.childForFieldName('operator')?.text ?? '';
      if (!['+', '%', '.'].includes(op)) return false;
      return !isConstant(node) && !namedChildren(node).every((part) => constantLike(part, ctx, depth + 1));
    }
    default:
      break;
  }
  if (LITERAL_TYPES.has(node.type)) return !isConstant(node) && !interpolatesConstants(node, ctx, depth);
  if (/call|invocation/.test(node.type)) {
    const callee =
      (node.childForFieldName('function') ?? node.childForFieldName('name') ?? node.childForFieldName('method'))
        ?.text ?? '';
    if (!FORMATTERS.test(callee)) return helperReturnsBuilt(callee, node, ctx, depth);
    if (numericOnlyFormat(node, ctx)) return false;
    const args = node.childForFieldName('arguments');
    const value = (a: SyntaxNode): SyntaxNode => (a.type === 'argument' ? (namedChildren(a).at(-1) ?? a) : a);
    return namedChildren(args).some((a) => !constantLike(value(a), ctx, depth + 1));
  }
  if (IDENTIFIER_TYPES.has(node.type)) return assignedBuilt(node, ctx, depth);
  return false;
}

/** Functions of the file by name (Python, JavaScript, Go: the `name` field), indexed once per analysis. */
export function functionsByName(ctx: RuleContext): Map<string, SyntaxNode[]> {
  const cached = ctx.memo.get('functionsByName');
  if (cached) return cached as Map<string, SyntaxNode[]>;
  const byName = new Map<string, SyntaxNode[]>();
  for (const fn of walk(ctx.root)) {
    if (!/^(function_definition|function_declaration|method_declaration)$/.test(fn.type)) continue;
    const name = fn.childForFieldName('name')?.text;
    if (name) byName.set(name, [...(byName.get(name) ?? []), fn]);
  }
  ctx.memo.set('functionsByName', byName);
  return byName;
}

/**
 * A call to a helper of the same file (`build_query(name)`, `self.command_for(host)`) whose every return value is a
 * built string: the string is built there and handed back, so the call is one too. Only calls passing a non-constant
 * argument count: what the helper builds from constants is constant.
 */
function helperReturnsBuilt(callee: string, call: SyntaxNode, ctx: RuleContext, depth: number): boolean {
  const name = /^(?:self\.|this\.)?(\w+)$/.exec(callee)?.[1];
  const args = namedChildren(call.childForFieldName('arguments'));
  if (
    !name ||
    depth > 2 ||
    args.every((a) => isConstant(a.type === 'keyword_argument' ? (a.childForFieldName('value') ?? a) : a))
  )
    return false;
  const fns = functionsByName(ctx).get(name) ?? [];
  if (fns.length !== 1) return false;
  const fn = fns[0]!;
  const returns = [...walk(fn, (n) => n !== fn && FUNCTION_NODE.test(n.type))]
    .filter((n) => n.type === 'return_statement')
    .map((r) => namedChildren(r)[0])
    .filter((v): v is SyntaxNode => v !== undefined);
  return returns.length > 0 && returns.every((v) => isBuiltString(v, ctx, depth + 1));
}
const FUNCTION_NODE =
  /^(function_definition|function_declaration|method_declaration|lambda|arrow_function|func_literal)$/;

/** Follows a variable to its assignments in the same function (any one built string counts). */
function assignedBuilt(id: SyntaxNode, ctx: RuleContext, depth: number): boolean {
  const scope = scopeOf(id);
  for (const a of ctx.assignments(scope)) {
    if (!a.names.includes(id.text) || a.node.startIndex > id.startIndex) continue;
    // `sql += \` AND region = $${params.length}\``: an appended part splicing only constant-like values adds no text.
    if (a.augmented && !constantLike(a.value, ctx, depth + 1)) return true;
    if (isBuiltString(a.value, ctx, depth + 1)) return true;
  }
  // C style: the buffer was filled by sprintf/strcat with non-constant arguments.
  for (const call of ctx.callsIn(scope)) {
    if (!/^(sprintf|snprintf|vsprintf|strcat|strncat|std::sprintf|wcscat|swprintf)$/.test(call.name)) continue;
    if (call.node.startIndex > id.startIndex || call.args[0]?.text !== id.text) continue;
    if (call.args.slice(1).some((a, i) => !isConstant(a) && !(call.name.includes('snprintf') && i === 0))) return true;
  }
  return false;
}

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

/** `SORTABLE[x]`, `SORTABLE.get(x)`, PHP `self::SORTABLE[$x]`, Java `SORT.getOrDefault(x, "name")`. */
const TABLE_PICK = /^(?:(?:self|static)::)?[A-Z][A-Z0-9_]*(?:\.(?:get|getOrDefault|GetValueOrDefault)\(|\[)/;

/** A value picked from an ALL_CAPS table by any key; a fallback it may return instead must be constant too. */
function constantTablePick(node: SyntaxNode, ctx: RuleContext, depth: number): boolean {
  if (!/^(subscript|subscript_expression|element_access_expression)$|call|invocation/.test(node.type)) return false;
  if (!TABLE_PICK.test(node.text)) return false;
  if (!isCallNode(node)) return true;
  const fallback = ctx.callAt(node).args[1];
  return fallback === undefined || constantLike(fallback, ctx, depth + 1);
}

/** A constant, or a value picked from an ALL_CAPS constant table (an allowlist), or a variable only ever assigned such values. */
export function constantLike(node: SyntaxNode, ctx: RuleContext, depth = 0): boolean {
  if (isConstant(node) || depth > 4) return isConstant(node);
  if (
    node.type === 'parenthesized_expression' ||
    node.type === 'binary_operator' ||
    node.type === 'binary_expression'
  ) {
    return namedChildren(node).every((part) => constantLike(part, ctx, depth + 1));
  }
  if (constantTablePick(node, ctx, depth)) return true;
  // `$${params.length}`: a placeholder number counted from the bound values, never text.
  if (/^(member_expression|field_access)$/.test(node.type) && /\.length$/.test(node.text)) return true;
  if (connectionProperty(node, ctx, (part) => constantLike(part, ctx, depth + 1))) return true;
  if (schemaName(node, ctx, (part) => constantLike(part, ctx, depth + 1))) return true;
  if (djangoSchemaName(node, ctx)) return true;
  // `"... FROM {$wpdb->posts} WHERE"` beside other parts: a literal splicing only constant-like values is one too.
  if (LITERAL_TYPES.has(node.type) && interpolatesConstants(node, ctx, depth)) return true;
  if (joinedConstants(node, ctx, (part) => constantLike(part, ctx, depth + 1))) return true;
  if (placeholderList(node, ctx)) return true;
  if (!IDENTIFIER_TYPES.has(node.type)) return false;
  if (CONSTANT_NAME.test(node.text) || numericVariable(node, ctx)) return true;
  const writes = ctx.assignmentsTo(scopeOf(node), node.text);
  return writes.length > 0 && writes.every((a) => !a.augmented && constantLike(a.value, ctx, depth + 1));
}
