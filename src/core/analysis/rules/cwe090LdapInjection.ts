// CWE-90 LDAP injection: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callInfo, isCallNode } from '../callInfo';
import { injection } from '../ruleParts/injectionRule';
import { csBuilt, csPropertyRule } from '../ruleParts/csharpShape';
import { callRule } from '../callRule';
import { splicedValues } from '../ruleParts/nativeSplicedValues';
import { checkedBeforeUse } from '../validationGuard';

/** `(attr=` right before an interpolated value: the value lands inside an LDAP filter assertion. */
const ASSERTION_END = /\(\s*[A-Za-z][\w.;-]*[~<>]?=$/;

const ESCAPED = /escape|encode|sanitize|quote/i;

/** The filter is recognisably LDAP: a boolean `(&(`/`(|(` form, or it is named or passed as a filter/search. */
function ldapContext(node: SyntaxNode): boolean {
  if (/\((&|\||!)\s*\(/.test(node.text)) return true;
  let cur: SyntaxNode | null = node.parent;
  for (let hops = 0; cur && hops < 4; cur = cur.parent, hops += 1) {
    if (isCallNode(cur)) return /search|ldap|filter/i.test(callInfo(cur).name);
    const target = cur.childForFieldName('name') ?? cur.childForFieldName('key') ?? cur.childForFieldName('left');
    if (target && /declarator|pair|assignment|var_spec/.test(cur.type)) return /filter|ldap/i.test(target.text);
  }
  return false;
}

/** Values spliced into the string right after `(attr=`, as source text. */
function assertedValues(node: SyntaxNode): string[] {
  if (node.type === 'template_string')
    return [...node.text.matchAll(/\(\s*[A-Za-z][\w.;-]*[~<>]?=\$\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  if (node.type === 'binary_expression') {
    const parts: SyntaxNode[] = [];
    const flatten = (n: SyntaxNode): void => {
      if (n.type === 'binary_expression') {
        n.namedChildren.forEach((c) => c && flatten(c));
      } else parts.push(n);
    };
    flatten(node);
    return parts.flatMap((p, i) =>
      i > 0 && /string/.test(parts[i - 1]!.type) && ASSERTION_END.test(parts[i - 1]!.text.slice(1, -1)) ? [p.text] : [],
    );
  }
  // Go fmt.Sprintf: match each %s/%v after `(attr=` with its argument.
  const args = node.childForFieldName('arguments')?.namedChildren.filter((a): a is SyntaxNode => a !== null) ?? [];
  const format = args[0]?.text.slice(1, -1) ?? '';
  const values: string[] = [];
  let index = 0;
  for (const m of format.matchAll(/%[-+# 0-9.]*[a-zA-Z]/g)) {
    index += 1;
    if (ASSERTION_END.test(format.slice(0, m.index))) values.push(args[index]?.text ?? '');
  }
  return values;
}

const LDAP_FILE = /javax\.naming|DirContext|LdapTemplate|LDAPConnection|com\.unboundid|ldap/i;

export const ldapInjection = injection(
  {
    id: 'ldap-injection',
    cwe: 'CWE-90',
    message: 'An LDAP filter or DN is built from request data; filter metacharacters change the search.',
    fix: "Escape values with the LDAP library's filter escaping (escape_filter_chars) before building the filter.",
    languages: ['python', 'java', 'php'],
  },
  {
    python: [
      {
        callee: /\.(search_s|search|search_st|search_ext_s|search_ext)$/,
        when: (c) => /ldap|conn|\bl\b/i.test(c.name),
      },
    ],
    // JNDI's search(base, filter, args, controls) escapes the args itself, so only the base and filter count.
    // Only a directory search: a file using JNDI/LDAP, a context receiver, or an LDAP filter (`(uid=...`); a
    // repository's own `items.search(q, page)` is none.
    java: [
      {
        callee: /\.search$/,
        args: [0, 1],
        when: (c, ctx) =>
          LDAP_FILE.test(ctx.code) || /ctx|context|ldap|dir/i.test(c.name) || /\(\w+=/.test(c.args[1]?.text ?? ''),
      },
    ],
    // ldap_search($link, $base, $filter, ...): the link is a connection, not text; only the base and filter count.
    php: [{ callee: /^ldap_(search|list|read)$/, args: [1, 2] }],
  },
  /(^|\.)(escape_filter_chars|escape_dn_chars|escape|encodeForLDAP|ldap_escape)$/,
);

export const csLdapFilter: QueryRule = csPropertyRule(
  {
    id: 'cs-ldap-filter-built',
    cwe: 'CWE-90',
    severity: 'error',
    languages: ['csharp'],
    message: 'An LDAP search filter is built from strings, so `*`, `(` or `)` in the input rewrite the filter.',
    fix: 'Escape every value with an RFC 4515 filter escaper before it enters the filter, or validate it against a strict pattern.',
  },
  /^Filter$/,
  (right) => csBuilt(right),
);

export const csLdapSearcher = callRule({
  id: 'cs-ldap-searcher-built',
  cwe: 'CWE-90',
  severity: 'error',
  languages: ['csharp'],
  message: 'A DirectorySearcher receives a filter built from strings, so input can rewrite the LDAP filter.',
  fix: 'Escape each value for LDAP filters (RFC 4515) before building the filter.',
  callee: { csharp: /^new DirectorySearcher$|^new SearchRequest$/ },
  when: (call) => call.args.some((a) => csBuilt(a)),
});

export const ldapFilterBuilt: QueryRule = {
  id: 'ldap-filter-unescaped',
  cwe: 'CWE-90',
  severity: 'error',
  languages: ['java', 'javascript', 'typescript', 'go'],
  kind: 'query',
  query: {
    java: '(binary_expression) @hit',
    javascript: '(template_string) @hit',
    typescript: '(template_string) @hit',
    go: '(call_expression function: (selector_expression) @fn (#eq? @fn "fmt.Sprintf")) @hit',
  },
  message: 'A value is spliced into an LDAP filter without escaping; `*`, `(` or `)` in it rewrite the search.',
  fix: 'Escape the value with the directory library (ldap.EscapeFilter, an RFC 4515 escaper) or use JNDI `{0}` filter arguments.',
  predicate: ({ hit }) => {
    if (!hit || hit.parent?.type === 'binary_expression') return false;
    const values = assertedValues(hit).filter(
      (v) => v !== '' && !ESCAPED.test(v) && !/^["'`\d]/.test(v) && !/^[A-Z][A-Z0-9_]*$/.test(v),
    );
    return values.length > 0 && ldapContext(hit);
  },
};

export const cLdapFilterBuilt = callRule({
  id: 'c-ldap-filter-built',
  cwe: 'CWE-90',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'An LDAP search filter or base DN is assembled with sprintf, strcat or concatenation; `*`, `(` or `)` in a value changes the search.',
  fix: 'Escape each value for filters (RFC 4515: \\2a, \\28, \\29, \\5c, \\00) or check it against a strict pattern before building the filter.',
  callee: { c: /^ldap_search(_ext)?(_s|_st)?$/, cpp: /^ldap_search(_ext)?(_s|_st)?$/ },
  // ldap_search*(ld, base, scope, filter, ...): the base DN and the filter both carry text.
  when: (call, ctx) => {
    const values = [call.args[1], call.args[3]].flatMap((a) => (a ? splicedValues(a, call.node, ctx) : []));
    return values.length > 0 && !checkedBeforeUse(call.node, values, ctx);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe090LdapInjection: readonly Rule[] = [
  ldapInjection,
  csLdapFilter,
  csLdapSearcher,
  ldapFilterBuilt,
  cLdapFilterBuilt,
];
