// CWE-190 in C++ sizing: `new T[w * h]`, `v.resize(rows * cols)` or `std::vector<T> v(n * m)` with a product of two
// caller values and no overflow check. c-alloc-size-overflow reads malloc's argument; C++ sizes arrays through new[]
// and container sizes instead, and a wrapped product there allocates too little for the loop that fills it.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { operands } from '../../ruleParts/sizeOperands';
import { limitedBefore } from '../../ruleParts/limitedBefore';
import { atomsOf, fromCallerOrInput } from '../../cBoundsFacts';
import { isConstant } from '../../stringShape';
import { scopeOf, walk } from '../../walk';

/** Overflow checks a fix writes before the product: a limit constant, max(), a division test, a checked builtin. */
const CHECKED = /_MAX\b|numeric_limits|max_size\s*\(|max\s*\(\s*\)\s*\/|__builtin_mul_overflow|ckd_mul|overflow/;

/** The product a size expression is, or the one a local it names was given once before `at`. */
function productBehind(size: SyntaxNode, at: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  const isProduct = (n: SyntaxNode): boolean =>
    n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '*';
  if (isProduct(size)) return size;
  if (size.type !== 'identifier') return null;
  const sets = ctx.assignmentsTo(scopeOf(at), size.text).filter((a) => a.node.startIndex < at.startIndex);
  return sets.length === 1 && sets[0] && isProduct(sets[0].value) ? sets[0].value : null;
}

function uncheckedProduct(size: SyntaxNode | undefined, at: SyntaxNode, ctx: RuleContext): boolean {
  if (!size) return false;
  const product = productBehind(size, at, ctx);
  if (!product) return false;
  // Sizes measured from data in memory (`s.size()`, `strlen(p)`) and clamped values (`std::min(n, 1024)`) are
  // bounded by what exists or by the clamp; only free factors can be steered past the limit.
  const factors = operands(product, '*').filter(
    (o) =>
      !isConstant(o) &&
      !/^sizeof|^[A-Z][A-Z0-9_]*$|(\.|->)(size|length)\s*\(\s*\)$|^(std::)?(min|clamp|strlen)\b/.test(o.text),
  );
  if (factors.length < 2 || !factors.every((f) => fromCallerOrInput(atomsOf(f), at, ctx))) return false;
  // A product widened to 64 bits (`uint64_t{w} * h`) does not wrap for 32-bit factors.
  if (/\bu?int64_t\s*[{(]|_cast<\s*(std::)?u?int64_t\s*>/.test(product.text)) return false;
  const fn = scopeOf(at);
  if (CHECKED.test(fn.text.slice(0, at.startIndex - fn.startIndex))) return false;
  // The product's local compared with a limit before use (`if (bytes > kMax) return`).
  if (size.type === 'identifier' && limitedBefore(size.text, at)) return false;
  return !factors.every((f) => atomsOf(f).every((a) => limitedBefore(a, at)));
}

/** The element count of `new T[count]`, or the size handed to `resize`/`reserve`/a vector constructor. */
function sizeOf(hit: SyntaxNode): SyntaxNode | undefined {
  if (hit.type === 'new_expression') {
    for (const n of walk(hit))
      if (n.type === 'new_declarator') return n.namedChildren.find((c) => c !== null) ?? undefined;
    return undefined;
  }
  return hit.childForFieldName('arguments')?.namedChildren[0] ?? undefined;
}

export const cppArrayProductOverflow: QueryRule = {
  id: 'cpp-array-size-product-overflow',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  query: {
    cpp:
      '(new_expression) @hit\n' +
      '(call_expression function: (field_expression field: (field_identifier) @method)) @hit',
  },
  message:
    'An array or container is sized by a product of caller values with no overflow check; a wrapped product allocates too little.',
  fix: 'Reject factors that would overflow first (if (w != 0 && h > SIZE_MAX / w) fail) or bound each factor.',
  predicate: ({ hit, method }, ctx) => {
    if (!hit) return false;
    if (method && !/^(resize|reserve)$/.test(method.text)) return false;
    return uncheckedProduct(sizeOf(hit), hit, ctx);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe190CppArrayProduct: readonly Rule[] = [cppArrayProductOverflow];
