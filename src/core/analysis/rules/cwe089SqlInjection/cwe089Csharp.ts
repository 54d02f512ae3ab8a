// CWE-89 SQL injection (Csharp rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { csBuilt } from '../../ruleParts/csBuiltCommand';
import { csBuilt as csBuiltValue, csPropertyRule } from '../../ruleParts/csharpShape';

export const csSqlCommand = callRule({
  id: 'cs-sql-built',
  cwe: 'CWE-89',
  severity: 'error',
  languages: ['csharp'],
  message: 'SQL text is built by concatenation or interpolation; a quote in the data changes the query.',
  fix: 'Use parameters (@name) and cmd.Parameters.AddWithValue instead of building the SQL string.',
  callee: {
    csharp: /^new (Sql|Sqlite|Npgsql|MySql|OleDb|Odbc)Command$|\.(ExecuteSqlRaw|FromSqlRaw|ExecuteSqlRawAsync)$/,
  },
  // csBuiltValue follows a local to its declaration (`string sql = "..." + n;` then `new SqlCommand(sql, conn)`).
  when: (call, ctx) => csBuilt(call.args[0], ctx) || csBuiltValue(call.args[0]),
});

export const csCommandText: QueryRule = csPropertyRule(
  {
    id: 'cs-sql-commandtext-built',
    cwe: 'CWE-89',
    severity: 'error',
    languages: ['csharp'],
    message: 'CommandText is assembled from strings, so a quote in the data changes the SQL statement.',
    fix: 'Keep CommandText constant with @placeholders and pass values through command.Parameters.',
  },
  /^CommandText$/,
  (right) => csBuiltValue(right),
);

export const csDapperSql = callRule({
  id: 'cs-dapper-sql-built',
  cwe: 'CWE-89',
  severity: 'error',
  languages: ['csharp'],
  message: 'A Dapper query runs SQL text built by concatenation or interpolation.',
  fix: 'Write the SQL with @name placeholders and pass an anonymous object (new { name }) as the parameters.',
  callee: {
    csharp: /\.(Query|QueryAsync|QueryFirst\w*|QuerySingle\w*|Execute|ExecuteAsync|ExecuteScalar\w*)(<[^>]*>)?$/,
  },
  when: (call) => csBuiltValue(call.args[0]),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe089Csharp: readonly Rule[] = [csSqlCommand, csCommandText, csDapperSql];
