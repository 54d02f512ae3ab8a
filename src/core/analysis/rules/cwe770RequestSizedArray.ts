// CWE-770, Java and C#: an array whose length comes from the request (`new byte[size]` with `size` parsed from a
// parameter, an action's `[FromQuery] int count`) with no upper bound compared anywhere in the method. A zero or
// negative check does not bound it; `size > MAX`, `Math.min(size, MAX)` or `Math.Clamp` does.
import type { QueryRule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { REQUEST_SOURCES } from '../sources';
import { exprTainted, taintOf } from '../taint';
import type { TaintSpec } from '../Rule';
import { escapeRegExp } from '../ruleParts/textPatterns';
import { upperBounded } from '../ruleParts/upperBound';
import { scopeOf } from '../walk';

const COUNT_TAINT: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: /^Math\.(min|Min|Clamp)$/ };

/** C#: a parameter of a controller action (bound from the query, route, form or body). */
function csActionParameter(name: string, method: SyntaxNode): boolean {
  const cls = method.parent?.parent;
  const action = /\[\s*(Http(Get|Post|Put|Delete|Patch)|Route)\b/.test(method.text.slice(0, 300));
  const controller = /Controller\b/.test(cls?.text.slice(0, 300) ?? '');
  const params =
    method.childForFieldName('parameters') ?? method.namedChildren.find((c) => c?.type === 'parameter_list');
  return (action || controller) && new RegExp(`\\b${escapeRegExp(name)}\\s*[,)]`).test(params?.text ?? '');
}

function requestSizedLength(length: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!length || length.type !== 'identifier') return false;
  const scope = scopeOf(length);
  if (upperBounded(length.text, scope.text)) return false;
  if (ctx.language === 'csharp' && scope.type === 'method_declaration' && csActionParameter(length.text, scope))
    return true;
  return exprTainted(length, COUNT_TAINT, ctx, taintOf(length, 'array-length', COUNT_TAINT, ctx));
}

export const requestSizedArray: QueryRule = {
  id: 'request-sized-array',
  cwe: 'CWE-770',
  severity: 'warning',
  languages: ['java', 'csharp'],
  kind: 'query',
  query: {
    java: '(array_creation_expression (dimensions_expr (_) @length)) @hit',
    csharp: '(array_creation_expression (array_type (array_rank_specifier (_) @length))) @hit',
  },
  message: 'An array is sized by a number from the request with no upper limit, so one request can exhaust the heap.',
  fix: 'Reject lengths above a fixed maximum (if (n > MAX) return 400) before allocating.',
  predicate: ({ length }, ctx) => requestSizedLength(length, ctx),
};
