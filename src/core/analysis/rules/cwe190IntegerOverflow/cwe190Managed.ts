// CWE-190 integer overflow (Java and C# rules): an array size multiplied from a request value in 32-bit int
// arithmetic wraps (to a small or negative size) before the allocation sees it.
import type { QueryRule, Rule, TaintSpec } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { REQUEST_SOURCES } from '../../sources';
import { exprTainted, taintOf } from '../../taint';
import { csParameters } from '../../ruleParts/csharpShape';
import { scopeOf } from '../../walk';

/** Request data kept through parseInt: for sizes the parsed number is the danger. */
const SIZE_TAINT: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: /^(Math\.(min|max|clamp))$/ };

/** A bound, an overflow-checked product or a widening before the product. */
const CHECKED = /multiplyExact|Math\.(min|clamp)|checked\s*\(|\(long\)|\blong\b.*=|Math\.Min|Math\.Clamp/;

/** A C# action parameter bound from the request: `[FromQuery] int n`, or any parameter of a controller's action. */
function csActionParameter(factor: SyntaxNode): boolean {
  if (factor.type !== 'identifier' || !csParameters(factor).has(factor.text)) return false;
  const method = scopeOf(factor);
  const params = method.text.slice(0, method.text.indexOf('{'));
  const bound = new RegExp(`\\[From(Query|Route|Form|Body|Header)\\]\\s*\\w+\\??\\s+${factor.text}\\b`).test(params);
  return (
    bound || /class\s+\w+\s*:\s*(Controller|ControllerBase)\b/.test(method.parent?.parent?.text.slice(0, 200) ?? '')
  );
}

function fromRequest(factor: SyntaxNode, ctx: RuleContext): boolean {
  if (ctx.language === 'csharp')
    return csActionParameter(factor) || /\bRequest\.(Query|Form|Headers|Cookies|RouteValues)\b/.test(factor.text);
  return exprTainted(factor, SIZE_TAINT, ctx, taintOf(factor, 'managed-size-product', SIZE_TAINT, ctx));
}

/** A local's name used in an array size after its declaration (`new byte[total / 1000 + 1]`). */
function sizesArrayLater(name: string, declarator: SyntaxNode): boolean {
  const fn = scopeOf(declarator);
  const after = fn.text.slice(declarator.endIndex - fn.startIndex);
  return new RegExp(`new\\s+[\\w.<>]+\\s*\\[[^\\]]*\\b${name}\\b`).test(after);
}

export const managedInputSizeProduct: QueryRule = {
  id: 'managed-input-size-product',
  cwe: 'CWE-190',
  severity: 'warning',
  languages: ['java', 'csharp'],
  message: 'An array size is a request value multiplied in int arithmetic, which wraps to a small or negative size.',
  fix: 'Check the count against a maximum first, or compute with Math.multiplyExact / checked(...) and reject overflow.',
  kind: 'query',
  query: {
    java: '(array_creation_expression dimensions: (dimensions_expr (binary_expression operator: "*") @product)) @hit',
    // Also `int total = a * b;` whose name then sizes an array (`new byte[total / 1000 + 1]`).
    csharp:
      '(array_creation_expression type: (array_type rank: (array_rank_specifier (binary_expression operator: "*") @product))) @hit\n(variable_declarator (identifier) @name (binary_expression operator: "*") @product) @hit',
  },
  predicate: ({ product, name, hit }, ctx) => {
    if (!product || (name && hit && !sizesArrayLater(name.text, hit))) return false;
    const factors = [product.childForFieldName('left'), product.childForFieldName('right')];
    if (
      !factors.some(
        (f) =>
          f !== null && f.type !== 'decimal_integer_literal' && f.type !== 'integer_literal' && fromRequest(f, ctx),
      )
    )
      return false;
    const names = product.text.match(/\b[A-Za-z_]\w*\b/g) ?? [];
    const fn = scopeOf(product).text;
    // A comparison of a factor with a limit before the allocation counts as the check.
    // A lower bound (`n <= 0`, `n < 1`) keeps the factor positive, not small.
    const bounded = names.some((n) => new RegExp(`\\b${n}\\s*(>|>=|<|<=)\\s*(?!0\\b|1\\b)\\w`).test(fn));
    return !bounded && !CHECKED.test(fn);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe190Managed: readonly Rule[] = [managedInputSizeProduct];
