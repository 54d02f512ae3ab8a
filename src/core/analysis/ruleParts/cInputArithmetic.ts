// `result = data + 1` / `data * data` / `data - 1` where data is a value an outsider picks (cInputValues) and nothing
// in view compares it before: the sum, product or difference can leave the integer's range. Shared by the overflow
// (190: `+`, `*`) and underflow (191: `-`) rules. Only whole values of a declaration or assignment count, so
// indexes, pointer steps and loop counters are not arithmetic results here. The same evidence for a cast to a
// narrower type (`(short)data`: 197 truncation, `(int)a_double`: 681) is `uncheckedInputCast`.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { declarationsOf } from '../cDeclarations';
import { escapeRe } from './sizeOperands';
import { outsideValue } from './cInputValues';
import { FUNCTION_TYPES, ancestor } from '../walk';

const INTEGER_TYPE = /^(signed\s+|unsigned\s+)?(int|long|long\s+long|short|char|size_t|ssize_t|u?int(8|16|32|64)_t)$/;

function unwrap(node: SyntaxNode | null | undefined): SyntaxNode | null {
  let n = node ?? null;
  while (n && (n.type === 'parenthesized_expression' || n.type === 'cast_expression'))
    n = n.childForFieldName('value') ?? n.namedChildren.at(-1) ?? null;
  return n;
}

/** The expression is the whole value stored by a declaration or an assignment. */
function storedWhole(expr: SyntaxNode): boolean {
  let n = expr;
  while (n.parent && (n.parent.type === 'parenthesized_expression' || n.parent.type === 'cast_expression'))
    n = n.parent;
  const p = n.parent;
  if (p?.type === 'init_declarator') return p.childForFieldName('value')?.startIndex === n.startIndex;
  return p?.type === 'assignment_expression' && p.childForFieldName('right')?.startIndex === n.startIndex;
}

/** `name` is compared with something (a range or zero check) in the text of `fn` before `at`. */
function comparedBefore(name: string, fn: SyntaxNode, at: SyntaxNode): boolean {
  const before = fn.text.slice(0, at.startIndex - fn.startIndex);
  const n = escapeRe(name);
  return new RegExp(`\\b${n}\\b\\s*\\)?\\s*(<|>|<=|>=)[^<>]|[^<>](<|>|<=|>=)\\s*\\(?\\s*\\b${n}\\b`).test(before);
}

/** The outside-picked integer operand of an unchecked `+`, `*` or `-` (per `ops`), or null. */
export function uncheckedInputArithmetic(expr: SyntaxNode, ops: RegExp, ctx: RuleContext): string | null {
  if (expr.type !== 'binary_expression' || !ops.test(expr.childForFieldName('operator')?.text ?? '')) return null;
  if (!storedWhole(expr)) return null;
  const left = unwrap(expr.childForFieldName('left'));
  const right = unwrap(expr.childForFieldName('right'));
  const constant = (n: SyntaxNode | null): boolean =>
    n?.type === 'number_literal' ? !/^0[uUlL]*$/.test(n.text) : /^[A-Z][A-Z0-9_]*$/.test(n?.text ?? '');
  const variable =
    left?.type === 'identifier' && (constant(right) || right?.text === left.text)
      ? left
      : right?.type === 'identifier' && constant(left)
        ? right
        : null;
  if (!variable || /^[A-Z][A-Z0-9_]*$/.test(variable.text)) return null;
  const fn = ancestor(expr, FUNCTION_TYPES);
  const declared = declarationsOf(expr, ctx).find((d) => d.name === variable.text);
  if (!fn || !declared || declared.indirect || !INTEGER_TYPE.test(declared.type.replace(/\bconst\s+/, '').trim()))
    return null;
  if (comparedBefore(variable.text, fn, expr)) return null;
  return outsideValue(variable.text, expr, ctx) ? variable.text : null;
}

/**
 * `(T)name` where T matches `to`, name is declared with a type matching `from`, holds a value an outsider picks and
 * is compared with nothing before the cast.
 */
export function uncheckedInputCast(cast: SyntaxNode, to: RegExp, from: RegExp, ctx: RuleContext): boolean {
  if (cast.type !== 'cast_expression') return false;
  const type = cast.childForFieldName('type')?.text.replace(/\s+/g, ' ').trim() ?? '';
  const value = unwrap(cast.childForFieldName('value'));
  if (!to.test(type) || value?.type !== 'identifier') return false;
  const fn = ancestor(cast, FUNCTION_TYPES);
  const declared = declarationsOf(cast, ctx).find((d) => d.name === value.text);
  if (!fn || !declared || declared.indirect || !from.test(declared.type.replace(/\bconst\s+/, '').trim())) return false;
  return !comparedBefore(value.text, fn, cast) && outsideValue(value.text, cast, ctx);
}
