// Which parts of an expression become its value: a comparison or a cast to a number yields no text of its operands,
// a ternary's condition only chooses a branch, and a PHP array look-up yields an entry of the array, not its key.
// taint.ts reads these so a value is tainted only through the parts it is made of.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { strippedToWords } from './strippedValue';
import { ternaryParts } from './checkedChoice';

/** Operators whose result is a boolean (or, for `<=>`, -1/0/1) in every language the analyser reads. */
const COMPARISON = /^(==|===|!=|!==|<>|<|>|<=|>=|<=>|instanceof|in|not in|is|is not)$/;
/** PHP's logical operators return a boolean (JavaScript's and Python's return an operand, so they are not here). */
const PHP_LOGICAL = /^(&&|\|\||and|or|xor)$/;
/**
 * Arithmetic that yields a number whatever its operands are (PHP and JavaScript coerce both sides; not `+`, which
 * joins strings in JavaScript and arrays in PHP, nor Python's `*` and `%`, which repeat and format text).
 */
const ARITHMETIC = /^(-|\*|\/|\*\*|%)$/;
const COERCING_ARITHMETIC = /^(php|javascript|typescript)$/;
const NUMERIC_CAST = /^\(?\s*(int|integer|float|double|bool|boolean|long|short|unsigned|real)\b/;

/** `(int) $id`, `(float) x`: a number prints as digits whatever the input was. */
export function numericCast(n: SyntaxNode): boolean {
  return n.type === 'cast_expression' && NUMERIC_CAST.test(n.childForFieldName('type')?.text ?? n.text);
}

/** `params.length` (JavaScript) or `args.length` (a Java array) read as a property: a count, no text of the array. */
export function lengthRead(n: SyntaxNode): boolean {
  if (n.type !== 'member_expression' && n.type !== 'field_access') return false;
  const name = n.childForFieldName('property') ?? n.childForFieldName('field');
  return name?.text === 'length' && n.parent?.childForFieldName('function')?.startIndex !== n.startIndex;
}

function operator(n: SyntaxNode): string | null {
  const op = n.childForFieldName('operator');
  if (op) return op.text;
  // Python's comparison_operator keeps its operators as unnamed children.
  const unnamed = n.children.filter((c) => c !== null && !c.isNamed).map((c) => c!.text);
  return unnamed.length > 0 ? unnamed.join(' ') : null;
}

/** The expression's value is a number or a boolean whatever its operands hold (for rules that take numbers as safe). */
export function scalarResult(n: SyntaxNode, ctx: RuleContext): boolean {
  if (n.type === 'binary_expression' || n.type === 'comparison_operator') {
    const op = operator(n);
    if (op !== null && COMPARISON.test(op)) return true;
    if (op !== null && ARITHMETIC.test(op) && COERCING_ARITHMETIC.test(ctx.language)) return true;
    return ctx.language === 'php' && op !== null && PHP_LOGICAL.test(op);
  }
  if (numericCast(n)) return true;
  return ctx.language === 'php' && n.type === 'unary_op_expression' && n.text.trimStart().startsWith('!');
}

/** No injection syntax can be in the value: a number, a boolean, or text stripped to word characters. */
export function inertValue(n: SyntaxNode, ctx: RuleContext): boolean {
  return scalarResult(n, ctx) || strippedToWords(n, ctx);
}

/**
 * The parts that become the value, when they are fewer than all children: a ternary's two branches (not PHP's
 * `$a ?: $b`, whose condition is also its value), or the array of a PHP look-up (`$labels[$_GET['k']]` is one of our
 * labels; PHP arrays have no inherited keys to reach). Null when every child counts.
 */
export function valueParts(n: SyntaxNode, ctx: RuleContext): SyntaxNode[] | null {
  const ternary = ternaryParts(n);
  if (ternary) return [ternary[0], ternary[2]];
  if (ctx.language === 'php' && n.type === 'subscript_expression') {
    const table = n.namedChildren[0];
    return table ? [table] : null;
  }
  return null;
}
