// Where a URL goes, checked: a condition that compares or tests the host, scheme or absoluteness of a parsed URL
// derived from the value (`urlparse(u).netloc != "example.com"`, Go `u.IsAbs() || u.Host != ""`). Redirect class only.
import type { SyntaxNode } from '../languages/SyntaxTree';
import { derivedNames, mentions, type GuardQuery } from './guardCondition';
import { IDENTIFIER_TYPES, namedChildren, scopeOf } from './walk';

/** A property read: Python `attribute`, Go `selector_expression`, JavaScript `member_expression`. */
const PROPERTY = /^(attribute|selector_expression|member_expression)$/;
const ownerOf = (n: SyntaxNode): SyntaxNode => n.childForFieldName('object') ?? n.childForFieldName('operand') ?? n;
/** A node that combines or negates tests: `or`/`not`, Go/JS `||`/`&&`/`!`, parentheses. */
const LOGICAL = (n: SyntaxNode | null): boolean =>
  n !== null &&
  (/^(boolean_operator|not_operator|parenthesized_expression|unary_expression)$/.test(n.type) ||
    (n.type === 'binary_expression' && /^(\|\||&&)$/.test(n.childForFieldName('operator')?.text ?? '')));

/**
 * `urlparse(target).netloc != "example.com"`, `parts.hostname in ALLOWED`, Go `u.Host != ""` / `u.IsAbs()`: a
 * comparison of where the URL goes.
 */
/** The names and the URL objects they are parts of: once `url.origin` is ours, `url.pathname` stays here too. */
function urlsOf(cond: SyntaxNode, q: GuardQuery): Set<string> {
  const urls = derivedNames(cond, q);
  for (const name of [...urls]) {
    const owner = /^([A-Za-z_$][\w$]*)\.(pathname|search|hash|href)$/.exec(name)?.[1];
    if (owner) urls.add(owner);
  }
  return urls;
}

export function comparesHost(n: SyntaxNode, q: GuardQuery, cond: SyntaxNode): boolean {
  const parts = q.shapes.urlHostParts;
  if (!parts || q.cls !== 'redirect') return false;
  // `if parsed.netloc: ...`, `parsed.scheme or parsed.netloc`, `urlparse(u).hostname.endswith(".example.com")`, Go
  // `u.IsAbs() || u.Host != ""`: a host part tested on its own or by a method is a check of where the URL goes too.
  const called = n.parent?.type === 'call_expression' ? n.parent : n;
  const tested =
    PROPERTY.test(n.type) &&
    parts.test(n.text) &&
    (called.startIndex === cond.startIndex ||
      LOGICAL(called.parent) ||
      (n.parent?.type === 'attribute' && /\.(endswith|startswith)$/.test(n.parent.text)));
  if (tested) return mentions(ownerOf(n), urlsOf(cond, q));
  const comparison =
    n.type === 'comparison_operator' ||
    (n.type === 'binary_expression' && /^(==|!=|===|!==)$/.test(n.childForFieldName('operator')?.text ?? ''));
  if (!comparison) return false;
  const urls = urlsOf(cond, q);
  const hostPart = (v: SyntaxNode): boolean =>
    PROPERTY.test(v.type) && parts.test(v.text) && mentions(ownerOf(v), urls);
  // `host = urlparse(url).hostname` first, then `host != "api.example.com"`.
  const hosts = new Set(
    q.ctx
      .assignments(scopeOf(cond))
      .filter((a) => a.node.endIndex <= cond.startIndex && hostPart(a.value))
      .flatMap((a) => a.names),
  );
  return namedChildren(n).some((side) => hostPart(side) || (IDENTIFIER_TYPES.has(side.type) && hosts.has(side.text)));
}
