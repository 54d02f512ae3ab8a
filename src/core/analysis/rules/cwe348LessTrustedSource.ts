// CWE-348 use of a less trusted source: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { ancestor, scopeOf, walk } from '../walk';

/** Headers any client can set that proxies use to pass the client's address on. */
const FORWARDED_HEADER =
  /^['"`](x[-_]forwarded[-_]for|x[-_]real[-_]ip|client[-_]ip|true[-_]client[-_]ip|forwarded|HTTP_X_FORWARDED_FOR|HTTP_X_REAL_IP|HTTP_CLIENT_IP)['"`]$/i;
const CONDITION_TYPES: ReadonlySet<string> = new Set([
  'if_statement',
  'elif_clause',
  'conditional_expression',
  'ternary_expression',
]);
const ASSIGNMENT_TYPES: ReadonlySet<string> = new Set(['assignment', 'variable_declarator']);

/** The header value decides something: it sits in a condition, or a local holding it is tested in one. */
function decides(literal: SyntaxNode): boolean {
  const inCondition = (n: SyntaxNode): boolean => {
    for (let cur = n.parent; cur; cur = cur.parent) {
      const cond = cur.childForFieldName('condition');
      if (CONDITION_TYPES.has(cur.type) && cond && cond.startIndex <= n.startIndex && n.endIndex <= cond.endIndex)
        return true;
      if (/statement$|_declaration$|^function/.test(cur.type)) return false;
    }
    return false;
  };
  if (inCondition(literal)) return true;
  const assignment = ancestor(literal, ASSIGNMENT_TYPES);
  const target = assignment?.childForFieldName('left') ?? assignment?.childForFieldName('name');
  if (!target || !/^\w+$/.test(target.text)) return false;
  for (const n of walk(scopeOf(literal)))
    if (n.type === 'identifier' && n.text === target.text && n.startIndex > literal.endIndex && inCondition(n))
      return true;
  return false;
}

export const forwardedHeaderTrusted: QueryRule = {
  id: 'forwarded-header-trusted',
  cwe: 'CWE-348',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript'],
  message:
    'A decision rests on X-Forwarded-For (or a similar header) that any client can set; the address in it is not verified.',
  fix: 'Use the connection address (request.remote_addr, req.socket.remoteAddress), or read the forwarded header only through a proxy-aware setting that trusts your own proxies.',
  kind: 'query',
  query: {
    python: '(string) @hit',
    javascript: '[(string) (template_string)] @hit',
    typescript: '[(string) (template_string)] @hit',
  },
  predicate: ({ hit }) => hit !== undefined && FORWARDED_HEADER.test(hit.text) && decides(hit),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe348LessTrustedSource: readonly Rule[] = [forwardedHeaderTrusted];
