// Values that can only be numbers, so carry no text into a query or command: a number literal, a parameter
// declared with a numeric type in a language that enforces it (PHP `int $limit`, Go `limit int`, Java/C# `long id`;
// not TypeScript, whose types are erased), numeric conversions, and min/max/arithmetic over such values. A local
// assigned only such values counts too (`$limit = max(1, min($limit, 100))` on an `int $limit`).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { IDENTIFIER_TYPES, namedChildren, scopeOf } from './walk';

const NUMBER_TYPE =
  '(?:u?int(?:8|16|32|64)?|long|short|byte|sbyte|u?long|float(?:32|64)?|double|decimal|bool|boolean|[iu](?:8|16|32|64|size)|f(?:32|64))';
const TYPED_LANGUAGES = /^(go|java|csharp|php|rust|c|cpp)$/;
/** Calls whose result is a number whatever their argument. */
const CONVERSIONS =
  /^(intval|floatval|boolval|count|strlen|len|Number|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat|Math\.(floor|ceil|round|trunc)|Integer\.parseInt|Long\.parseLong|int\.Parse|long\.Parse)$/;
/** Calls whose result is one of their arguments: numeric when every argument is. */
const PICKS = /^(max|min|abs|Math\.(max|min|abs)|Math\.(Max|Min|Abs)|round|floor|ceil)$/;
const NUMBER_LITERAL =
  /^(integer|float|number|int_literal|float_literal|decimal_integer_literal|integer_literal|real_literal)$/;

/** The parameter `name` of the function around `node` is declared with a numeric type the language enforces. */
export function numericParameter(node: SyntaxNode, ctx: RuleContext): boolean {
  if (!TYPED_LANGUAGES.test(ctx.language)) return false;
  const fn = scopeOf(node);
  const list = fn.childForFieldName('parameters');
  if (!list) return false;
  const name = node.text.replace(/[$]/g, '\\$');
  const before = new RegExp(`(^|[\\s)?])${NUMBER_TYPE}\\s+${name}(\\s*=.*)?$`);
  const after = new RegExp(`(^|,\\s*)${name}(\\s*,\\s*\\w+)*\\s*:?\\s*${NUMBER_TYPE}$`);
  return namedChildren(list).some((p) => before.test(p.text.trim()) || after.test(p.text.trim()));
}

/** The expression is a number; `self` names the variable being assigned, whose earlier value is numeric. */
export function numericValue(v: SyntaxNode, ctx: RuleContext, self: string, depth = 0): boolean {
  if (depth > 6) return false;
  if (NUMBER_LITERAL.test(v.type)) return true;
  if (IDENTIFIER_TYPES.has(v.type)) return v.text === self;
  if (v.type === 'cast_expression') return new RegExp(`^\\(\\s*${NUMBER_TYPE}\\s*\\)`).test(v.text);
  if (/^(parenthesized_expression|unary_expression|binary_expression)$/.test(v.type)) {
    const op = v.childForFieldName('operator')?.text ?? '';
    if (v.type === 'binary_expression' && !/^[-+*/%]$/.test(op)) return false;
    return namedChildren(v).every((c) => numericValue(c, ctx, self, depth + 1));
  }
  if (!isCallNode(v)) return false;
  const call = ctx.callAt(v);
  if (CONVERSIONS.test(call.name)) return true;
  return PICKS.test(call.name) && call.args.length > 0 && call.args.every((a) => numericValue(a, ctx, self, depth + 1));
}

/** A numeric parameter whose every assignment in the function keeps it a number. */
export function numericVariable(id: SyntaxNode, ctx: RuleContext): boolean {
  if (!numericParameter(id, ctx)) return false;
  return ctx
    .assignments(scopeOf(id))
    .filter((a) => a.names.includes(id.text))
    .every((a) => !a.augmented && numericValue(a.value, ctx, id.text));
}
