// Whether a sink's value flows only through sanitisers: every non-constant part is a sanitiser call, or a local
// assigned only from such values (`cmd = "ls " + shlex.quote(d)`), following locals back through their last assignment.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode, type CallInfo } from './callInfo';
import { GUARDS } from './guardShapes';
import { functionsByName, isConstant } from './stringShape';
import { contains, FUNCTION_TYPES, IDENTIFIER_TYPES, namedChildren, scopeOf, walk } from './walk';
import { fileConstant, ownTable } from './fileBindings';
import { schemaValidatedField } from './schemaValidation';
import { lengthRead, numericCast } from './valueParts';
import { connectionProperty } from './connectionProperty';
import { constantHelperCall } from './constantHelperCall';
import { phpJoinedSanitised, phpUnsafeElementWrite } from './phpListParts';

/** Nodes that only put parts together: their value is safe when every part is. */
const COMPOSITE =
  /^(binary_operator|binary_expression|parenthesized_expression|string|template_string|encapsed_string|interpolation|template_substitution|concatenated_string|formatted_string|list|tuple|array|expression_list|argument_list|arguments|list_splat|format_expression|array_creation_expression|array_element_initializer)$/;
const CONSTANT_PART =
  /^(string_start|string_end|string_content|escape_sequence|string_fragment|format_specifier|type_conversion|comment)$/;
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * What an assignment puts in `name`: the whole value for `x = ...`, the matching element for `a, b = [], []`; null
 * for `x[i] = 0` or `x.f = 0`, which write a part of it and say nothing about the rest.
 */
function assignedValue(assignment: SyntaxNode, value: SyntaxNode, name: string, ctx: RuleContext): SyntaxNode | null {
  // Rust `let` binds its `pattern` (`let mut name = ...`).
  const target = ['left', 'name', 'declarator', 'pattern']
    .map((f) => assignment.childForFieldName(f))
    .find((t) => t !== null);
  if (!target) return null;
  if (target.text.replace(/^([*&\s]+|mut\s+)/, '') === name) return value;
  if (!/^(pattern_list|tuple_pattern|expression_list)$/.test(target.type)) return null;
  const names = namedChildren(target);
  // `sql, params = build_query(args)`: the matching element of the helper's one `return sql, params`.
  if (!/^(expression_list|tuple)$/.test(value.type))
    return returnedElement(
      value,
      names.findIndex((n) => n.text === name),
      names.length,
      ctx,
    );
  const values = namedChildren(value);
  // Go `id, err := strconv.Atoi(s)`: every result comes from the one call (the error is no text of the input).
  const only = values.length === 1 ? values[0] : undefined;
  if (only && isCallNode(only) && names.some((n) => n.text === name)) return only;
  const at = names.findIndex((n) => n.text === name);
  return names.length === values.length && at >= 0 ? (values[at] ?? null) : null;
}

/** Element `at` of the tuple the file's function called by `value` returns, when it has one `return` of `count` values. */
function returnedElement(value: SyntaxNode, at: number, count: number, ctx: RuleContext): SyntaxNode | null {
  if (at < 0 || !isCallNode(value) || ctx.language !== 'python') return null;
  const fns = functionsByName(ctx).get(ctx.callAt(value).name) ?? [];
  if (fns.length !== 1) return null;
  const fn = fns[0]!;
  const returns = [...walk(fn, (n) => n !== fn && FUNCTION_TYPES.has(n.type))].filter(
    (n) => n.type === 'return_statement',
  );
  const tuple = returns.length === 1 ? namedChildren(returns[0]!)[0] : undefined;
  const parts = tuple && /^(expression_list|tuple)$/.test(tuple.type) ? namedChildren(tuple) : [];
  return parts.length === count ? (parts[at] ?? null) : null;
}

/** The assignment's statement sits in a block that also holds the use, so it ran on the way there. */
export function alwaysBefore(assignment: SyntaxNode, use: SyntaxNode): boolean {
  let stmt = assignment;
  while (stmt.parent && /expression_statement|declaration|declarator|expression_list/.test(stmt.parent.type))
    stmt = stmt.parent;
  const block = stmt.parent;
  return block !== null && contains(block, use);
}

/** `filter_var($x, FILTER_VALIDATE_INT)`: a number or false, whatever the input (guardShapes.ts numericFilters). */
function numericFilter(call: CallInfo, ctx: RuleContext): boolean {
  const filters = GUARDS[ctx.language]?.numericFilters;
  return filters !== undefined && filters.calls.test(call.name) && call.args.some((a) => filters.filters.test(a.text));
}

/**
 * `FILES[name]`, `ALLOWED.get(name, "index.html")`, `{"a": "/a.txt"}[key]`: whatever the key, the value is one of the
 * table's own entries (or the default), so input picks among our values and cannot supply one.
 */
function tableLookup(node: SyntaxNode, sanitiser: RegExp, ctx: RuleContext, depth: number): boolean {
  if (/^(subscript|subscript_expression|index_expression|element_reference)$/.test(node.type))
    return ownTable(
      node.childForFieldName('value') ??
        node.childForFieldName('object') ??
        node.childForFieldName('operand') ??
        namedChildren(node)[0] ??
        null,
      ctx,
    );
  if (!isCallNode(node)) return false;
  const call = ctx.callAt(node);
  if (call.last !== 'get' || call.args.length === 0 || call.args.length > 2) return false;
  const receiver = node.childForFieldName('function')?.childForFieldName('object');
  const fallback = call.args[1];
  return ownTable(receiver ?? null, ctx) && (!fallback || sanitisedValue(fallback, sanitiser, ctx, depth + 1));
}

/** `parts.append(x)`, `parts.extend(xs)` before the use: what a list received after it was assigned. */
const ADDS = /^(append|extend|insert|add|appendleft)$/;

/** `"?" for _ in ids`, `["%s" for _ in ids]`: the elements are the body, whatever the loop runs over. */
const COMPREHENSION = /^(generator_expression|list_comprehension|set_comprehension)$/;

/**
 * `self.table` where the class body sets `table = "users"` and no method assigns `self.table`: a class constant
 * (Python). Subclasses may override it, but with their own constant.
 */
function classConstant(node: SyntaxNode): boolean {
  const m = /^(?:self|cls)\.(\w+)$/.exec(node.text);
  if (node.type !== 'attribute' || !m) return false;
  let cls = node.parent;
  while (cls && cls.type !== 'class_definition') cls = cls.parent;
  const body = cls?.childForFieldName('body');
  if (!body || new RegExp(`\\b(self|cls)\\.${m[1]}\\s*(=[^=]|\\+=)`).test(body.text)) return false;
  return namedChildren(body).some((stmt) => {
    const assignment = stmt.type === 'expression_statement' ? namedChildren(stmt)[0] : undefined;
    const value = assignment?.type === 'assignment' ? assignment.childForFieldName('right') : null;
    return assignment?.childForFieldName('left')?.text === m[1] && value !== null && isConstant(value);
  });
}

/** `Path(name).name`: pathlib's last component, the same as `basename` where the class takes that as a sanitiser. */
function pathlibName(node: SyntaxNode, sanitiser: RegExp): boolean {
  if (node.type !== 'attribute' || node.childForFieldName('attribute')?.text !== 'name') return false;
  const object = node.childForFieldName('object');
  const callee = object?.type === 'call' ? object.childForFieldName('function')?.text : undefined;
  return /^(pathlib\.)?(Pure(Posix|Windows)?)?Path$/.test(callee ?? '') && sanitiser.test('os.path.basename');
}

/** Methods that convert, unwrap or shorten their receiver without adding characters to it. */
const KEEPS_RECEIVER =
  /^(slice|substring|substr|toString|to_string|ToString|to_owned|to_str|to_string_lossy|as_str|as_os_str|unwrap|unwrap_or_default|expect|ok_or|ok_or_else|into)$/;

/** The object a method is called on: Java `object`, Rust/JS `function.value|object`, C# `function.expression`. */
function receiverOf(call: SyntaxNode): SyntaxNode | null {
  const object = call.childForFieldName('object');
  if (object) return object;
  const fn = call.childForFieldName('function');
  const inner =
    fn?.childForFieldName('value') ?? fn?.childForFieldName('object') ?? fn?.childForFieldName('expression');
  return inner ?? null;
}

export function sanitisedValue(node: SyntaxNode, sanitiser: RegExp, ctx: RuleContext, depth = 0): boolean {
  // Six hops: a helper's returned tuple, a conditional and a joined list of clauses are each one.
  if (depth > 6) return false;
  if (pathlibName(node, sanitiser)) return true;
  if (isConstant(node) || CONSTANT_PART.test(node.type)) return true;
  if (numericCast(node) || lengthRead(node)) return true;
  if (tableLookup(node, sanitiser, ctx, depth)) return true;
  // `$wpdb->prefix`, `{$wpdb->posts}`: a name the database handle was configured with.
  if (connectionProperty(node, ctx, isConstant)) return true;
  // A PHP constant (`EVR_TABLE`) parses as a bare `name`.
  if (ctx.language === 'php' && node.type === 'name' && CONSTANT_NAME.test(node.text)) return true;
  if (ctx.language === 'python' && classConstant(node)) return true;
  if (isCallNode(node)) {
    const call = ctx.callAt(node);
    if (sanitiser.test(call.name) || numericFilter(call, ctx)) return true;
    // `Paths.get(x).getFileName().toString()`, `Path::new(x).file_name().unwrap()`: a conversion or unwrap of a
    // sanitised receiver keeps what the receiver is.
    const receiver = KEEPS_RECEIVER.test(call.last) ? receiverOf(node) : null;
    if (receiver) return sanitisedValue(receiver, sanitiser, ctx, depth + 1);
    // `str(int(x))`: a conversion to text keeps what its argument is.
    if (/^(str|String)$/.test(call.name) && call.args.length === 1)
      return sanitisedValue(call.args[0]!, sanitiser, ctx, depth + 1);
    // `min(int(x), 1000)`, `Math.max(n, 1)`: the result is one of the arguments, so it is safe when each is.
    if (/^(min|max|Math\.min|Math\.max)$/.test(call.name) && call.args.length > 0)
      return call.args.every((a) => sanitisedValue(a, sanitiser, ctx, depth + 1));
    // "".join(parts) and "{}".format(x) are built from their arguments (and their receiver).
    if (/^(join|format)$/.test(call.last)) {
      const receiver = node.childForFieldName('function')?.childForFieldName('object');
      // `" ".join(quote(a) for a in args)`: a bare generator is the whole argument list.
      const generator = node.childForFieldName('arguments');
      const args = generator?.type === 'generator_expression' ? [generator] : call.args;
      const parts = [...args, ...call.keywords.values(), ...(receiver ? [receiver] : [])];
      return parts.every((p) => sanitisedValue(p, sanitiser, ctx, depth + 1));
    }
    if (constantHelperCall(node, ctx, (v) => sanitisedValue(v, sanitiser, ctx, depth + 1))) return true;
    return phpJoinedSanitised(call, sanitiser, ctx, (p) => sanitisedValue(p, sanitiser, ctx, depth + 1));
  }
  if (COMPREHENSION.test(node.type)) {
    const body = node.childForFieldName('body');
    return body !== null && sanitisedValue(body, sanitiser, ctx, depth + 1);
  }
  if (IDENTIFIER_TYPES.has(node.type)) {
    if (CONSTANT_NAME.test(node.text)) return true;
    const added = ctx
      .callsInMatching(scopeOf(node), ADDS)
      .filter((c) => c.node.endIndex <= node.startIndex && c.name === `${node.text}.${c.last}`);
    if (added.some((c) => !c.args.every((a) => sanitisedValue(a, sanitiser, ctx, depth + 1)))) return false;
    if (phpUnsafeElementWrite(node, ctx, (v) => sanitisedValue(v, sanitiser, ctx, depth + 1))) return false;
    // The last assignment before the use decides (`x = shlex.quote(x)` after `x = input()`); `+=` keeps the old parts.
    const assigned = ctx
      .assignmentsTo(scopeOf(node), node.text)
      .filter((a) => a.node.endIndex <= node.startIndex && assignedValue(a.node, a.value, node.text, ctx) !== null);
    // Back from the use to the last assignment that always runs before it: one inside a branch (`if x is None:
    // x = "none"`) may not have run, so the ones before it count too; `+=` keeps the old parts.
    const reaching: typeof assigned = [];
    for (const a of [...assigned].reverse()) {
      reaching.push(a);
      if (!a.augmented && alwaysBefore(a.node, node)) break;
    }
    // `const { dir } = Request.parse(req.body)`: a field of a schema that constrains it.
    const destructured = ctx.assignmentsTo(scopeOf(node), node.text).filter((a) => a.node.endIndex <= node.startIndex);
    const last = destructured.at(-1);
    if (last && /^(object_pattern|array_pattern)$/.test(last.node.childForFieldName('name')?.type ?? ''))
      return schemaValidatedField(last.value, node.text, ctx);
    // A name the function does not assign may be the file's constant or an imported module (`path`, `baseDir`).
    if (reaching.length === 0 && assigned.length === 0) return fileConstant(node, ctx);
    // No parameter counts by its annotation: `user_id: int` is a hint Python does not enforce.
    return (
      reaching.length > 0 &&
      reaching.every((a) =>
        sanitisedValue(assignedValue(a.node, a.value, node.text, ctx) ?? a.value, sanitiser, ctx, depth + 1),
      )
    );
  }
  if (COMPOSITE.test(node.type)) return namedChildren(node).every((c) => sanitisedValue(c, sanitiser, ctx, depth));
  // `f"WHERE {cond}" if clauses else ""`, `q ? a : b`: the value is one of the branches; the condition is only tested.
  const branches = conditionalBranches(node);
  if (branches) return branches.every((b) => sanitisedValue(b, sanitiser, ctx, depth));
  return false;
}

/** The two values a conditional expression may take: Python `a if c else b`, C-like `c ? a : b`. */
function conditionalBranches(node: SyntaxNode): SyntaxNode[] | null {
  if (node.type === 'conditional_expression') {
    const kids = namedChildren(node);
    return kids.length === 3 ? [kids[0]!, kids[2]!] : null;
  }
  if (node.type !== 'ternary_expression') return null;
  const then = node.childForFieldName('consequence');
  const otherwise = node.childForFieldName('alternative');
  return then && otherwise ? [then, otherwise] : null;
}
