// CWE-943 injection into data query logic (NoSQL): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { injection } from '../ruleParts/injectionRule';
import { callRule } from '../callRule';
import { csBuilt } from '../ruleParts/csharpShape';
import { isBuiltString, isConstant } from '../stringShape';
import { scopeOf } from '../walk';

export const nosqlInjection = injection(
  {
    id: 'nosql-injection',
    cwe: 'CWE-943',
    message:
      'A database query object is built from request data; operators such as $where or $ne in it change the query.',
    fix: 'Cast values to plain strings or numbers and never pass request objects or $where code to the database.',
    languages: ['python', 'javascript', 'typescript'],
  },
  {
    python: [
      {
        callee: /\.(find|find_one|find_one_and_update|update_one|delete_one|delete_many|aggregate|count_documents)$/,
        when: (c) =>
          /\$where|\$regex|\$expr|json\.loads|loads\(/.test(c.node.text) || /^request\./.test(c.args[0]?.text ?? ''),
      },
    ],
    javascript: [
      {
        callee: /\.(find|findOne|findOneAndUpdate|updateOne|deleteOne|deleteMany|where|aggregate)$/,
        args: [0],
        when: (c) => c.args[0]?.type === 'object',
      },
    ],
    typescript: [
      {
        callee: /\.(find|findOne|findOneAndUpdate|updateOne|deleteOne|deleteMany|where|aggregate)$/,
        args: [0],
        when: (c) => c.args[0]?.type === 'object',
      },
    ],
  },
  /(^|\.)(str|String|int|Number|parseInt|escape|sanitize|ObjectId)$/,
);

export const csMongoFilter = callRule({
  id: 'cs-mongo-filter-built',
  cwe: 'CWE-943',
  severity: 'error',
  languages: ['csharp'],
  message: 'A MongoDB filter or $where clause is built from strings, so input can add operators or JavaScript.',
  fix: 'Build filters with Builders<T>.Filter.Eq(field, value) so values stay data.',
  callee: {
    csharp: /\.(Find|FindAsync|CountDocuments\w*|DeleteMany\w*|DeleteOne\w*)$|^new BsonDocument$|^BsonDocument\.Parse$/,
  },
  when: (call) => call.args.some((a) => csBuilt(a)),
});

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

/** A composite literal element, without the `literal_element` wrapper newer Go grammars put around keys and values. */
const element = (n: SyntaxNode | null | undefined): SyntaxNode | undefined =>
  n?.type === 'literal_element' ? (n.namedChildren[0] ?? undefined) : (n ?? undefined);

/** Go: `bson.M{"$where": "this.a == '" + v + "'"}` (or a bson.E with Key "$where"): server-side JavaScript built from strings. */
export const goMongoWhereBuilt: QueryRule = {
  id: 'go-mongo-where-built',
  cwe: 'CWE-943',
  severity: 'error',
  languages: ['go'],
  kind: 'query',
  query: { go: '(keyed_element) @hit' },
  message: 'A MongoDB `$where` clause is JavaScript built from strings, so a value can inject code into the query.',
  fix: 'Use typed operators (bson.M{"field": value}, bson.M{"$gt": n}) instead of $where.',
  predicate: ({ hit }, ctx) => {
    if (!hit) return false;
    const [key, value] = [element(hit.namedChildren[0]), element(hit.namedChildren.at(-1))];
    if (!key || !value || key.text !== '"$where"') return false;
    return isBuiltString(value, ctx);
  },
};

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

/** Every rule in this file, in the order the registry runs them. */
export const cwe943DataQueryInjection: readonly Rule[] = [
  nosqlInjection,
  csMongoFilter,
  mongoWhereBuilt,
  goMongoWhereBuilt,
  goDecodedBsonFilter,
  phpRequestInMongoFilter,
];
