// CWE-79 cross-site scripting (Php rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { meta, xssTainted } from '../../ruleParts/reflectedXss';
import type { RuleContext } from '../../RuleContext';
import { callRule } from '../../callRule';

/** Plain data: variables, array elements, properties and their concatenations (calls such as htmlspecialchars are not). */
const DATA_TYPES =
  /^(variable_name|subscript_expression|member_access_expression|nullsafe_member_access_expression|binary_expression|parenthesized_expression)$/;

/** The statement follows a `<?=` tag: either directly or as the last tag of the preceding template text. */
function afterShortEcho(stmt: SyntaxNode): boolean {
  const siblings = stmt.parent?.children ?? [];
  const at = siblings.findIndex((c) => c !== null && c.startIndex === stmt.startIndex && c.type === stmt.type);
  const prev = at > 0 ? siblings[at - 1] : null;
  if (!prev) return false;
  if (prev.type === 'php_tag') return prev.text === '<?=';
  if (prev.type !== 'text_interpolation') return false;
  const last = prev.namedChildren.at(-1);
  return last?.type === 'php_tag' && last.text === '<?=';
}

function isRawData(expr: SyntaxNode): boolean {
  if (!DATA_TYPES.test(expr.type)) return false;
  // Concatenations count only when every part is data or a literal; a call anywhere may be an escaper.
  return !/\w\s*\(/.test(expr.text) && /\$\w/.test(expr.text);
}

export const phpReflectedXss = {
  ...meta,
  id: 'php-reflected-xss',
  kind: 'query' as const,
  languages: ['php' as const],
  query: { php: '[(echo_statement) (print_intrinsic)] @hit' },
  predicate: ({ hit }: Record<string, SyntaxNode>, ctx: RuleContext): boolean =>
    hit !== undefined && hit.namedChildren.some((c) => c !== null && xssTainted(c, ctx)),
};

export const phpShortEchoUnescaped: QueryRule = {
  id: 'php-short-echo-unescaped',
  cwe: 'CWE-79',
  severity: 'error',
  languages: ['php'],
  kind: 'query',
  query: { php: '(expression_statement) @hit' },
  message:
    'A template prints a value with <?= ... ?> without escaping it, so stored or submitted HTML runs in the page.',
  fix: "Print through htmlspecialchars($value, ENT_QUOTES, 'UTF-8') (or a template engine that escapes by default).",
  predicate: ({ hit }) => {
    const expr = hit?.namedChildren[0];
    return hit !== undefined && expr !== null && expr !== undefined && afterShortEcho(hit) && isRawData(expr);
  },
};

/** Every rule in this file, in the order the registry runs them. */
/** Literal markup in the response text: a tag of a common element. */
const MARKUP = /<\/?[a-zA-Z][\w-]*[\s>\/]/;

export const phpResponseUnescaped = callRule({
  ...meta,
  id: 'php-response-unescaped',
  languages: ['php'],
  message: 'Request data is put into an HTML response body (Laravel response()/Response::make) without escaping.',
  fix: 'Escape with e() or htmlspecialchars(), or render a Blade view with {{ }} (which escapes).',
  callee: { php: /^(response|Response::make)$|->setContent$/ },
  when: (call, ctx) => {
    const body = call.args[0];
    return !!body && MARKUP.test(body.text) && xssTainted(body, ctx);
  },
});

export const cwe079Php: readonly Rule[] = [phpReflectedXss, phpShortEchoUnescaped, phpResponseUnescaped];
