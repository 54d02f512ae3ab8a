// CWE-89 SQL injection in Ruby (ActiveRecord and raw connections): a query fragment built by interpolation or
// concatenation, or taken from input as it is (`order(params[:sort])`), versus placeholders (`where("a = ?", x)`),
// hash conditions (`where(name: x)`) and `sanitize_sql_*`.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { receiverOf, rubyBuiltOrTainted, rubyBuiltText } from '../../ruleParts/rubyShape';

/** ActiveRecord methods whose first string argument is SQL, and raw connection calls (`pg`'s `conn.exec`). */
const TAKES_SQL =
  /\.(where|not|rewhere|having|order|reorder|group|joins|select|pluck|from|lock|find_by_sql|count_by_sql|exists\?|delete_all|update_all|destroy_by|delete_by|calculate|execute|exec_query|exec_update|exec_delete|select_all|select_one|select_value|select_values|select_rows|query|async_exec|exec_params)$|(?<!^(Process|Kernel))\.exec$|^(find_by_sql|where|order)$/;

/**
 * Calls that run the SQL text they are handed (raw connections, `find_by_sql`). The other methods build a query and
 * also take hashes, arrays, symbols and Arel nodes, so a value handed to them whole is not SQL text by itself.
 */
const RUNS_SQL =
  /(^|\.)(find_by_sql|count_by_sql|execute|exec_query|exec_update|exec_delete|select_all|select_one|select_value|select_values|select_rows|query|async_exec|exec_params|exec)$/;

/** Ruby's own classes, whose methods share names with ActiveRecord's (`Dir.exists?`, `File.exists?`). */
const CORE_CLASS = /^(::)?(Dir|File|FileTest|FileUtils|IO|Pathname|Set|Hash|Array|String|Regexp|URI|ENV|Open3)$/;

/** `exec` is a common method name (a route, a command); only a database connection's `exec` takes SQL. */
const CONNECTION = /(conn|connection|db|database|pg|client)$/i;
const USES_PG = /require\s*\(?\s*['"]pg['"]|\bPG(::|\.connect\b)/;

/**
 * ActiveRecord's quoting helpers, whose output is a literal, and the model's own schema names (`Project.table_name`,
 * `quoted_table_name`): spliced into SQL they name a table the program defines, not input. A record's `id` is its
 * integer primary key, and a relation's `arel` a query tree whose values ActiveRecord binds, not SQL text.
 */
export const RUBY_SQL_ESCAPE =
  /(^|\.)(sanitize_sql(_array|_for_order|_like|_hash_for_assignment)?|quote|quote_string|quote_table_name|quote_column_name|table_name|quoted_table_name|table_name_prefix|table_name_suffix|primary_key|quoted_primary_key)$|\.(id|arel)$/;

/** Hash conditions (`where(id: x)`, `where(:id => x)`) and column symbols: ActiveRecord binds the values. */
const NOT_SQL = new Set(['pair', 'hash', 'simple_symbol', 'symbol', 'hash_splat_argument']);

export const rubySqlString = callRule({
  id: 'ruby-sql-string',
  cwe: 'CWE-89',
  severity: 'error',
  languages: ['ruby'],
  message:
    'SQL is built from non-constant data (interpolation, +, or input passed as the fragment), so input can change the query.',
  fix: 'Use placeholders (`where("name = ?", name)`), hash conditions (`where(name: name)`), or sanitize_sql_array; pick ORDER BY columns from an allow-list.',
  callee: { ruby: TAKES_SQL },
  when: (call, ctx) => {
    const first = call.args[0];
    if (first && NOT_SQL.has(first.type)) return false;
    const receiver = receiverOf(call)?.text ?? '';
    if (CORE_CLASS.test(receiver)) return false;
    if (call.last === 'exec' && !CONNECTION.test(receiver) && !USES_PG.test(ctx.code)) return false;
    // `where(["name = '#{x}'"])`: the array's first element is the SQL.
    const sql = first?.type === 'array' ? (first.namedChildren[0] ?? undefined) : first;
    // A library method handing its parameter on to a query builder (`where(cond)`, `order(*columns)`) passes a
    // condition whose kind its caller picks; text it puts together itself still counts.
    if (ctx.parameterSources && !RUNS_SQL.test(call.name)) return rubyBuiltText(sql ?? undefined, RUBY_SQL_ESCAPE, ctx);
    return rubyBuiltOrTainted(sql ?? undefined, RUBY_SQL_ESCAPE, ctx);
  },
  // Placeholder values after the SQL are data: only the SQL fragment needs a check.
  guardedArgs: (call) => call.args.slice(0, 1),
});

export const rubySqlInjection: readonly Rule[] = [rubySqlString];
