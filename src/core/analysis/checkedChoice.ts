// A conditional expression that keeps a value only when it passes a check (`rid if RID_RE.fullmatch(rid) else
// uuid4().hex`, `lang if lang in LANGUAGES else "en"`): the checked branch is validated, so what can flow out is the
// value that passed or the other branch. Python conditional expressions and C-family ternaries.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { validates } from './validationGuard';
import { namedChildren, walk } from './walk';

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

const TERNARY_TYPES = new Set(['conditional_expression', 'ternary_expression', 'conditional']);

/**
 * [kept-when-true, condition, kept-when-false] of a conditional expression, or null: Python's `a if c else b` (no
 * field names, value first), and the C-family, PHP, C# and Ruby `c ? a : b` (fields). PHP's `a ?: b` keeps the
 * condition itself as a value, so it is no ternary here.
 */
export function ternaryParts(n: SyntaxNode): [SyntaxNode, SyntaxNode, SyntaxNode] | null {
  if (!TERNARY_TYPES.has(n.type)) return null;
  const cond = n.childForFieldName('condition');
  if (!cond) {
    const [body, test, other] = namedChildren(n);
    return n.type === 'conditional_expression' && body && test && other ? [body, test, other] : null;
  }
  const body = n.childForFieldName('consequence') ?? n.childForFieldName('body');
  const other = n.childForFieldName('alternative');
  return body && other ? [body, cond, other] : null;
}

/** A condition that fails the value: `not ok(x)`, `!ok(x)`, `x not in ALLOWED`. Null when it mixes `and`/`or`. */
function negatedCheck(cond: SyntaxNode): boolean | null {
  const inner = cond.type === 'parenthesized_expression' ? (namedChildren(cond)[0] ?? cond) : cond;
  if (/^(boolean_operator|binary_expression)$/.test(inner.type) && /\b(and|or)\b|&&|\|\|/.test(inner.text)) return null;
  if (inner.type === 'not_operator' || (inner.type === 'unary_expression' && inner.text.startsWith('!'))) return true;
  return inner.type === 'comparison_operator' && inner.children.some((c) => c !== null && c.type === 'not in');
}

/**
 * The branch left to judge when the other branch is the value a check admitted, or null: for `v if check(v) else
 * d`, `d`; for `d if not check(v) else v`, `d` too. A branch counts as checked when the condition runs a validator
 * (a pattern match, an allow-list membership) over the variables it is made of.
 */
export function uncheckedBranch(n: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  const found = ternaryParts(n);
  if (!found) return null;
  const [whenTrue, cond, whenFalse] = found;
  const negated = negatedCheck(cond);
  if (negated === null) return null;
  const [checked, other] = negated ? [whenFalse, whenTrue] : [whenTrue, whenFalse];
  const names = new Set<string>();
  for (const id of walk(checked))
    if (/^identifier$/.test(id.type) && !CONSTANT_NAME.test(id.text) && id.parent?.type !== 'attribute')
      names.add(id.text);
  for (const id of walk(checked)) if (id.type === 'attribute' && id.parent?.type !== 'attribute') names.add(id.text);
  if (names.size === 0 || !validates(cond, names, ctx)) return null;
  return other;
}
