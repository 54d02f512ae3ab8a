// CWE-89: SQL text assembled from non-constant data instead of bound parameters.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { isBuiltString } from '../stringShape';
import { scopeOf, walk, IDENTIFIER_TYPES } from '../walk';

const SQL_WORDS =
  /\b(select\s[\s\S]*\bfrom|insert\s+into|update\s[\s\S]*\bset|delete\s+from|where|order\s+by|drop\s+table|create\s+table|replace\s+into|values\s*\()/i;

/** The argument is a built string and the text around it (or the variable's assignment) reads as SQL. */
function builtSql(arg: SyntaxNode | undefined, ctx: RuleContext, needWords: boolean): boolean {
  if (!arg || !isBuiltString(arg, ctx)) return false;
  if (!needWords || SQL_WORDS.test(arg.text)) return true;
  const names = new Set([...walk(arg)].filter((n) => IDENTIFIER_TYPES.has(n.type)).map((n) => n.text));
  return (
    ctx.assignments(scopeOf(arg)).some((a) => a.names.some((n) => names.has(n)) && SQL_WORDS.test(a.value.text)) ||
    ctx
      .calls()
      .some(
        (c) =>
          /sprintf|snprintf|strcat/.test(c.name) && names.has(c.args[0]?.text ?? '') && SQL_WORDS.test(c.node.text),
      )
  );
}

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
      /\.(execute|executemany|executescript|raw|mogrify)$|^(text|sqlalchemy\.text|pd\.read_sql|pandas\.read_sql|read_sql(_query)?)$|\.(read_sql|read_sql_query)$/,
  },
  when: (call, ctx) =>
    builtSql(
      call.args[0] ?? call.keywords.get('sql') ?? call.keywords.get('query'),
      ctx,
      !/execute|raw/.test(call.last),
    ),
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
    php: /^(mysql_query|mysqli_query|pg_query|sqlite_query|mysqli_multi_query)$|->(query|exec|prepare|multi_query|real_query)$/,
  },
  when: (call, ctx) =>
    builtSql(/^(mysqli_query|mysqli_multi_query)$/.test(call.name) ? call.args[1] : call.args[0], ctx, true),
});

export const cSqlInjection = callRule({
  ...meta,
  id: 'c-sql-built',
  languages: ['c', 'cpp'],
  callee: {
    c: /^(sqlite3_exec|sqlite3_prepare(_v2|_v3)?|mysql_query|mysql_real_query|PQexec)$/,
    cpp: /^(sqlite3_exec|sqlite3_prepare(_v2|_v3)?|mysql_query|mysql_real_query|PQexec)$|\.(exec|execute)$/,
  },
  when: (call, ctx) => {
    const arg = call.args[1];
    const base =
      arg?.type === 'call_expression' && /\.c_str$/.test(arg.childForFieldName('function')?.text ?? '')
        ? (arg.childForFieldName('function')?.childForFieldName('argument') ?? arg)
        : arg;
    return builtSql(base ?? undefined, ctx, true);
  },
});
