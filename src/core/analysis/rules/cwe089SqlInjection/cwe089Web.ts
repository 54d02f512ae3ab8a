// CWE-89 SQL injection (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { callRule } from '../../callRule';
import type { CallInfo } from '../../callInfo';
import { namedChildren } from '../../walk';
import { builtSql } from '../../ruleParts/builtSql';
import type { RuleContext } from '../../RuleContext';
import { pySinkWrappers, wrapperCommand } from '../../ruleParts/pyShellWrappers';

const meta = {
  cwe: 'CWE-89',
  severity: 'error' as const,
  message: 'SQL is built by string concatenation or formatting; a quote in the data changes the query.',
  fix: 'Use placeholders (?, %s, $1, :name) and pass the values separately to the driver.',
};

export const pySqlInjection = callRule({
  ...meta,
  id: 'py-sql-built',
  languages: ['python'],
  callee: {
    python:
      /\.(execute|executemany|executescript|raw|mogrify|extra)$|^(text|sqlalchemy\.text|pd\.read_sql|pandas\.read_sql|read_sql(_query)?|([\w.]+\.)?RawSQL)$|\.(read_sql|read_sql_query)$/,
  },
  // Bound parameters (`execute(query, params)`) are data: only the SQL text needs a guard.
  guardedArgs: (call) =>
    (call.last === 'extra'
      ? ['where', 'select', 'tables', 'order_by'].map((k) => call.keywords.get(k))
      : [call.args[0] ?? call.keywords.get('sql') ?? call.keywords.get('query')]
    ).filter((a): a is SyntaxNode => a !== undefined),
  when: (call, ctx) => {
    // Django's QuerySet.extra(where=[...], select={...}) takes SQL fragments, without SELECT or WHERE words.
    if (call.last === 'extra')
      return ['where', 'select', 'tables', 'order_by'].some((k) =>
        namedChildren(call.keywords.get(k) ?? null).some((part) =>
          builtSql(part.type === 'pair' ? (part.childForFieldName('value') ?? part) : part, ctx, false),
        ),
      );
    return builtSql(
      call.args[0] ?? call.keywords.get('sql') ?? call.keywords.get('query'),
      ctx,
      !/execute|raw|RawSQL/.test(call.last),
    );
  },
});

/** The SQL text of a driver call (`cur.execute(sql, params)`, `session.execute(text(sql))` is read by py-sql-built). */
function sqlText(call: CallInfo): SyntaxNode | undefined {
  if (!/\.(execute|executemany|executescript|raw)$|^(pd\.|pandas\.)?read_sql(_query)?$/.test(call.name))
    return undefined;
  return call.args[0] ?? call.keywords.get('sql') ?? call.keywords.get('query');
}

/** Functions of the file that hand a parameter, whole, to a driver as SQL (`def _query(sql): return cur.execute(sql)`). */
const sqlWrappers = (ctx: RuleContext): ReturnType<typeof pySinkWrappers> =>
  pySinkWrappers(ctx, 'pySqlWrappers', sqlText);

export const pySqlWrapperCall = callRule({
  ...meta,
  id: 'py-sql-wrapper-call',
  message:
    'SQL built by concatenation or formatting is passed to a function of this file that runs it; a quote in the data changes the query.',
  languages: ['python'],
  callee: { python: /^((self|cls)\.)?\w+$/ },
  // Only the SQL text handed to the wrapper needs a guard: its bound parameters are data (as for `execute`).
  guardedArgs: (call, ctx) => [wrapperCommand(call, ctx, sqlWrappers(ctx))].filter((a) => a !== undefined),
  when: (call, ctx) => builtSql(wrapperCommand(call, ctx, sqlWrappers(ctx)), ctx, true),
});

const JS_SQL_CALL =
  /\.(query|execute|raw|exec|all|get|run|prepare|each|unsafe|\$queryRawUnsafe|\$executeRawUnsafe|where|andWhere|orWhere|having|whereRaw|orderByRaw)$|^(query|sql\.unsafe)$/;
/** Builder methods that take a condition fragment rather than a whole statement. */
const FRAGMENT = /^(where|andWhere|orWhere|having|whereRaw|orderByRaw|Where|Or|Not|Having|Joins|Order|Group)$/;
/** A condition compares something (or orders by a column), so a spliced value is SQL, not a column name alone. */
const COMPARISON = /[=<>]|\b(like|in|between|is)\b|\b(asc|desc)\b/i;

export const jsSqlInjection = callRule({
  ...meta,
  id: 'js-sql-built',
  languages: ['javascript', 'typescript'],
  callee: {
    javascript: JS_SQL_CALL,
    typescript: JS_SQL_CALL,
  },
  // Bound values and the callback are no part of the SQL text: only the query needs checking.
  guardedArgs: (call) => call.args.slice(0, 1),
  // Query-builder fragments (TypeORM/knex `.where(\`u.name = '${x}'\`)`) carry no SQL keyword, only a comparison.
  when: (call, ctx) =>
    FRAGMENT.test(call.last)
      ? builtSql(call.args[0], ctx, false) && COMPARISON.test(call.args[0]?.text ?? '')
      : builtSql(call.args[0], ctx, true),
});

export const javaSqlInjection = callRule({
  ...meta,
  id: 'java-sql-built',
  languages: ['java'],
  callee: {
    java: /\.(executeQuery|executeUpdate|execute|executeLargeUpdate|prepareStatement|addBatch|createQuery|createNativeQuery|queryForObject|queryForList|query|update)$/,
  },
  when: (call, ctx) => builtSql(call.args[0], ctx, !/^(executeQuery|executeUpdate|prepareStatement)$/.test(call.last)),
});

/** sqlx `Select(&dst, query)` / `GetContext(ctx, &dst, query)`: the query follows the context and destination. */
function goQueryArgument(call: CallInfo): SyntaxNode | undefined {
  const rest = call.args.slice(call.last.endsWith('Context') ? 1 : 0);
  return rest[0]?.text.startsWith('&') ? rest[1] : rest[0];
}

export const goSqlInjection = callRule({
  ...meta,
  id: 'go-sql-built',
  languages: ['go'],
  callee: {
    go: /\.(Query|QueryRow|Exec|QueryContext|QueryRowContext|ExecContext|Prepare|PrepareContext|Raw|Select|Get|SelectContext|GetContext|Where|Or|Not|Having|Joins|Order|Group)$/,
  },
  // The placeholders' values that follow the query are data: only the query needs checking.
  guardedArgs: (call) => [goQueryArgument(call)].filter((a) => a !== undefined),
  when: (call, ctx) => {
    const query = goQueryArgument(call);
    // gorm `Where(fmt.Sprintf("name = '%s'", x))`, `Order("name " + dir)`: fragments without SQL keywords.
    if (FRAGMENT.test(call.last))
      return builtSql(query, ctx, false) && (/^(Order|Group)$/.test(call.last) || COMPARISON.test(query?.text ?? ''));
    return builtSql(query, ctx, true);
  },
});

const phpQueryArgument = (call: CallInfo): SyntaxNode | undefined =>
  /^(mysqli_query|mysqli_multi_query)$/.test(call.name) ? call.args[1] : call.args[0];

export const phpSqlInjection = callRule({
  ...meta,
  id: 'php-sql-built',
  languages: ['php'],
  callee: {
    // `get_results`/`get_row`/`get_var`/`get_col`: WordPress's $wpdb runs the query it is given.
    php: /^(mysql_query|mysqli_query|pg_query|sqlite_query|mysqli_multi_query)$|->(query|exec|prepare|multi_query|real_query|get_results|get_row|get_var|get_col)$|^DB::(select|selectOne|statement|unprepared|insert|update|delete|raw)$|->(whereRaw|selectRaw|orderByRaw|havingRaw|groupByRaw)$/,
  },
  when: (call, ctx) => builtSql(phpQueryArgument(call), ctx, true),
  // The connection handed to mysqli_query is no part of the query: only the query needs checking.
  guardedArgs: (call) => [phpQueryArgument(call)].filter((a) => a !== undefined),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe089Web: readonly Rule[] = [
  pySqlInjection,
  pySqlWrapperCall,
  jsSqlInjection,
  javaSqlInjection,
  goSqlInjection,
  phpSqlInjection,
];
