// CWE-89 SQL injection (Native rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { esc } from '../../ruleParts/rustParameters';
import { scopeOf } from '../../walk';
import { callRule } from '../../callRule';
import { builtSql } from '../../ruleParts/builtSql';
import { splicedValues } from '../../ruleParts/nativeSplicedValues';

const meta = {
  cwe: 'CWE-89',
  severity: 'error' as const,
  message: 'SQL is built by string concatenation or formatting; a quote in the data changes the query.',
  fix: 'Use placeholders (?, %s, $1, :name) and pass the values separately to the driver.',
};

/** Names bound by `let` to a format! string in the function. */
function formattedLocal(node: SyntaxNode, pattern: RegExp): boolean {
  const name = node.text.replace(/^&\s*/, '');
  if (!/^\w+$/.test(name)) return false;
  const m = new RegExp(`let\\s+(mut\\s+)?${esc(name)}\\s*(:[^=]+)?=\\s*format!\\s*\\(([\\s\\S]*?)\\);`).exec(
    scopeOf(node).text,
  );
  return !!m?.[3] && pattern.test(m[3]);
}

const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP)\b[\s\S]*\{/i;

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
    if (builtSql(base ?? undefined, ctx, true)) return true;
    // C++ streams the statement into an ostringstream and hands over `.str()` (or a local copied from it).
    const scope = scopeOf(call.node).text;
    return (
      arg !== undefined &&
      /\bo?stringstream\b/.test(scope) &&
      SQL_LITERAL.test(scope) &&
      splicedValues(arg, call.node, ctx).length > 0
    );
  },
});

/** A string literal of the function that starts a statement: the text the spliced values were streamed into. */
const SQL_LITERAL = /"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE)\b/i;

export const rustSqlFormatted = callRule({
  id: 'rust-sql-formatted',
  cwe: 'CWE-89',
  severity: 'error',
  languages: ['rust'],
  message: 'SQL text is built with format!, so quotes in the values change the statement.',
  fix: 'Keep the SQL constant with ?1/?2 (or $1) placeholders and pass the values with params![...] / bind().',
  callee: {
    rust: /\.(execute|execute_batch|prepare|prepare_cached|query_row|query_map|query|query_one|query_opt|simple_query|batch_execute)$|^sqlx::query(_as|_scalar)?(::<[^>]*>)?$|^(diesel::)?sql_query$/,
  },
  when: (call) => {
    const sql = call.args[0];
    if (!sql) return false;
    const inline = /^&?\s*format!\s*\(/.test(sql.text) && SQL.test(sql.text);
    return inline || formattedLocal(sql, SQL);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe089Native: readonly Rule[] = [cSqlInjection, rustSqlFormatted];
