// CWE-90/943 by string and object shape rather than taint: LDAP filters assembled around unescaped values
// (the value may arrive as a parameter), MongoDB `$where` code built from strings, request-decoded bson maps
// used as filters (Go) and raw request values placed in PHP MongoDB filters (arrays become operators).
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { isBuiltString, isConstant } from '../stringShape';
import { scopeOf } from '../walk';
import { callInfo, isCallNode } from '../callInfo';

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

export const mongoWhereBuilt = callRule({
  id: 'mongo-where-built',
  cwe: 'CWE-943',
  severity: 'error',
  languages: ['java', 'php', 'javascript', 'typescript'],
  message: 'A MongoDB `$where` clause is JavaScript built from strings, so a value can inject code into the query.',
  fix: 'Use typed query operators (Filters.eq, {field: value}) instead of $where.',
  callee: {
    java: /^new (Document|BasicDBObject)$|^Filters\.where$/,
    php: /./,
    javascript: /./,
    typescript: /./,
  },
  when: (call, ctx) => {
    if (/Filters\.where$/.test(call.name)) return call.args[0] !== undefined && isBuiltString(call.args[0], ctx);
    if (call.name.startsWith('new '))
      return (
        /^"\$where"$/.test(call.args[0]?.text ?? '') && call.args[1] !== undefined && isBuiltString(call.args[1], ctx)
      );
    // JavaScript/PHP: a `$where` entry of an object or array literal passed directly to the call.
    return call.args.some(
      (a) =>
        /^(object|array_creation_expression)$/.test(a.type) &&
        a.namedChildren.some((entry) => {
          const where = /^['"]?\$where['"]?\s*(?::|=>)\s*([\s\S]+)$/.exec(entry?.text ?? '')?.[1] ?? '';
          return /\$\{|['"]\s*[.+]\s*\$?\w|\w\s*[.+]\s*['"]/.test(where);
        }),
    );
  },
});

export const goDecodedBsonFilter = callRule({
  id: 'go-decoded-bson-filter',
  cwe: 'CWE-943',
  severity: 'error',
  languages: ['go'],
  message:
    'The query filter is a map decoded straight from the request, so the client can send operators ($ne, $where, $regex).',
  fix: 'Decode into a typed struct and build the filter from its fields (bson.D{{Key: "status", Value: q.Status}}).',
  callee: {
    go: /\.(Find|FindOne|FindOneAndUpdate|FindOneAndDelete|UpdateOne|UpdateMany|DeleteOne|DeleteMany|CountDocuments|Aggregate)$/,
  },
  when: (call) =>
    call.args.slice(1, 2).some((arg) => {
      if (arg.type !== 'identifier') return false;
      const scope = scopeOf(call.node).text;
      const name = arg.text;
      const isMap = new RegExp(
        `\\b${name}\\s*(:=\\s*(bson\\.M|map\\[string\\]|bson\\.D)|\\s+(bson\\.M|map\\[string\\]))`,
      ).test(scope);
      return isMap && new RegExp(`(Decode|Unmarshal)\\([^)]*&${name}\\b`).test(scope);
    }),
});

export const phpRequestInMongoFilter = callRule({
  id: 'php-request-in-mongo-filter',
  cwe: 'CWE-943',
  severity: 'error',
  languages: ['php'],
  message:
    'A request value goes into a MongoDB filter as is; PHP turns `name[$ne]=x` into an array, i.e. a query operator.',
  fix: 'Accept only strings (is_string check or a (string) cast) before putting request values in a filter.',
  callee: {
    php: /->(find|findOne|findOneAndUpdate|findOneAndDelete|updateOne|updateMany|deleteOne|deleteMany|countDocuments|count)$/,
  },
  when: (call) => {
    const filter = call.args[0];
    if (!filter || filter.type !== 'array_creation_expression') return false;
    return filter.namedChildren.some((el) => {
      const value = el?.namedChildren.at(-1);
      return (
        value !== undefined &&
        value !== null &&
        /^\$_(GET|POST|REQUEST|COOKIE)\[/.test(value.text) &&
        !isConstant(value)
      );
    });
  },
});
