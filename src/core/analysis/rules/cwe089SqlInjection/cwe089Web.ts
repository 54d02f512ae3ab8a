// CWE-89 SQL injection (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { namedChildren } from '../../walk';
import { builtSql } from '../../ruleParts/builtSql';

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

export const jsSqlInjection = callRule({
  ...meta,
  id: 'js-sql-built',
  languages: ['javascript', 'typescript'],
  callee: {
    javascript: /\.(query|execute|raw|exec|all|get|run|prepare|each|unsafe)$|^(query|sql\.unsafe)$/,
    typescript:
      /\.(query|execute|raw|exec|all|get|run|prepare|each|unsafe|\$queryRawUnsafe|\$executeRawUnsafe)$|^query$/,
  },
  when: (call, ctx) => builtSql(call.args[0], ctx, true),
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

export const goSqlInjection = callRule({
  ...meta,
  id: 'go-sql-built',
  languages: ['go'],
  callee: {
    go: /\.(Query|QueryRow|Exec|QueryContext|QueryRowContext|ExecContext|Prepare|PrepareContext|Raw|Select|Get)$/,
  },
  when: (call, ctx) => builtSql(call.last.endsWith('Context') ? call.args[1] : call.args[0], ctx, true),
});

export const phpSqlInjection = callRule({
  ...meta,
  id: 'php-sql-built',
  languages: ['php'],
  callee: {
    php: /^(mysql_query|mysqli_query|pg_query|sqlite_query|mysqli_multi_query)$|->(query|exec|prepare|multi_query|real_query)$|^DB::(select|selectOne|statement|unprepared|insert|update|delete|raw)$|->(whereRaw|selectRaw|orderByRaw|havingRaw|groupByRaw)$/,
  },
  when: (call, ctx) =>
    builtSql(/^(mysqli_query|mysqli_multi_query)$/.test(call.name) ? call.args[1] : call.args[0], ctx, true),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe089Web: readonly Rule[] = [
  pySqlInjection,
  jsSqlInjection,
  javaSqlInjection,
  goSqlInjection,
  phpSqlInjection,
];
