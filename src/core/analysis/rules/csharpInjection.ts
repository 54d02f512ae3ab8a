// C# injection sinks beyond Process.Start/SqlCommand: process arguments, CommandText, Dapper SQL, LDAP
// filters, XPath, Mongo filters, Roslyn scripting and log messages built from run-time strings.
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { csBuilt, csPropertyRule, csVariable } from './csharpShape';
import { checkedBeforeUse } from '../validationGuard';

export const csProcessArguments: QueryRule = csPropertyRule(
  {
    id: 'cs-process-arguments-built',
    cwe: 'CWE-78',
    severity: 'error',
    languages: ['csharp'],
    message:
      'ProcessStartInfo.Arguments is one command line built from strings, so input can add arguments or shell syntax.',
    fix: 'Add each value to ProcessStartInfo.ArgumentList after validating it, and never run a shell (cmd /c, sh -c).',
  },
  /^Arguments$/,
  (right) => csBuilt(right),
);

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
  (right) => csBuilt(right),
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
  when: (call) => csBuilt(call.args[0]),
});

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

export const csXPath = callRule({
  id: 'cs-xpath-built',
  cwe: 'CWE-643',
  severity: 'error',
  languages: ['csharp'],
  message: 'An XPath expression is built from strings, so a quote in the input changes which nodes match.',
  fix: 'Use a constant XPath and compare the value in code, or bind it as an XPath variable through XsltContext.',
  callee: { csharp: /\.(SelectNodes|SelectSingleNode|Evaluate|Compile|Select|XPathSelectElements?|XPathEvaluate)$/ },
  // A pattern or allowlist check on the value before the query (Regex.IsMatch ... return) is the usual fix.
  when: (call, ctx) => csBuilt(call.args[0]) && !checkedBeforeUse(call.node, call.args.slice(0, 1), ctx),
});

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

export const csScriptEval = callRule({
  id: 'cs-script-eval',
  cwe: 'CWE-94',
  severity: 'error',
  languages: ['csharp'],
  message: 'Text that is not a constant is compiled and run as C#, which lets its author run any code in the process.',
  fix: 'Do not evaluate input as code; parse the small language you need, or map input to a fixed set of operations.',
  callee: { csharp: /^CSharpScript\.(EvaluateAsync|RunAsync|Create)(<[^>]*>)?$|\.CompileAssemblyFromSource$/ },
  when: (call) => csVariable(call.args[call.name.endsWith('CompileAssemblyFromSource') ? 1 : 0]),
});

export const csLogForging = callRule({
  id: 'cs-log-message-built',
  cwe: 'CWE-117',
  severity: 'warning',
  languages: ['csharp'],
  message: 'A log message is built from run-time strings, so a newline in the input forges extra log entries.',
  fix: 'Use a constant message template with {Placeholders} and pass values as arguments, stripping CR/LF from them.',
  callee: { csharp: /(^|\.)(Log(Information|Warning|Error|Debug|Trace|Critical)?|Info|Warn|Error|Debug|Fatal)$/i },
  when: (call) => /log/i.test(call.name) && call.args.some((a) => csBuilt(a)),
});
