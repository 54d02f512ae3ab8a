// C# and Rust: shell and SQL commands built from strings, BinaryFormatter, MD5/SHA-1, raw pointer
// dereferences in unsafe blocks, and `sh -c` with formatted input.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { isBuiltString } from '../stringShape';
import { namedChildren, scopeOf, walk } from '../walk';

/** C# string built at run time: `"a" + x`, `$"...{x}..."`, string.Format, or a local assigned one. */
function csBuilt(node: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!node) return false;
  if (node.type === 'interpolated_string_expression')
    return namedChildren(node).some((c) => c.type === 'interpolation');
  if (node.type === 'binary_expression')
    return (
      /^"|"$/.test(node.text) && namedChildren(node).some((c) => !/string_literal/.test(c.type) || csBuilt(c, ctx))
    );
  if (/^(string\.|String\.)(Format|Concat)\(/.test(node.text)) return true;
  if (node.type === 'identifier') {
    return ctx
      .assignments(scopeOf(node))
      .some((a) => a.names.includes(node.text) && a.node.startIndex < node.startIndex && csBuilt(a.value, ctx));
  }
  return isBuiltString(node, ctx);
}

export const csProcessStart = callRule({
  id: 'cs-process-start-built',
  cwe: 'CWE-78',
  severity: 'error',
  languages: ['csharp'],
  message: 'A process is started with a command line built from strings, so input can add shell syntax or arguments.',
  fix: 'Start the program directly with ProcessStartInfo.ArgumentList and validated values; never run cmd /c with input.',
  callee: { csharp: /^Process\.Start$|^newProcessStartInfo$|^new ProcessStartInfo$/ },
  when: (call, ctx) => call.args.some((a) => csBuilt(a, ctx)),
});

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
  when: (call, ctx) => csBuilt(call.args[0], ctx),
});

export const csBinaryFormatter = callRule({
  id: 'cs-binary-formatter',
  cwe: 'CWE-502',
  severity: 'error',
  languages: ['csharp'],
  message: 'BinaryFormatter (and its relatives) can run code while deserialising untrusted data.',
  fix: 'Use System.Text.Json or another data-only serializer with a fixed target type.',
  callee: {
    csharp: /^new (BinaryFormatter|SoapFormatter|NetDataContractSerializer|LosFormatter|ObjectStateFormatter)$/,
  },
});

export const csWeakHash = callRule({
  id: 'cs-weak-hash',
  cwe: 'CWE-328',
  severity: 'warning',
  languages: ['csharp'],
  message: 'MD5 and SHA-1 are broken for security uses such as password or integrity hashes.',
  fix: 'Use SHA256/SHA512 for integrity and Rfc2898DeriveBytes (PBKDF2) or a dedicated password hasher for passwords.',
  callee: {
    csharp: /^(MD5|SHA1)\.(Create|HashData)$|^new (MD5CryptoServiceProvider|SHA1CryptoServiceProvider|SHA1Managed)$/,
  },
});

export const rustShellFormatted = callRule({
  id: 'rust-shell-formatted',
  cwe: 'CWE-78',
  severity: 'error',
  languages: ['rust'],
  message: 'A shell (sh -c) runs a command line built at run time, so input can add shell syntax.',
  fix: 'Run the program directly with Command::new(program).arg(value) for each argument, without a shell.',
  callee: { rust: /^(std::process::)?Command::new\("(sh|bash|cmd)"\).*\.arg$/ },
  when: (call) =>
    /\.arg\("(-c|\/C)"\)/.test(call.name) && call.args[0] !== undefined && call.args[0].type !== 'string_literal',
});

/** Names bound to raw pointers in the function: `let p: *const T`, `as *mut T`, `.as_ptr()`. */
function rawPointers(scope: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const n of walk(scope)) {
    if (n.type !== 'let_declaration' && n.type !== 'parameter') continue;
    const name = n.childForFieldName('pattern')?.text;
    if (name && /\*(const|mut)\b|as_(mut_)?ptr\(\)/.test(n.text)) names.add(name.replace(/^mut\s+/, ''));
  }
  return names;
}

export const rustRawDeref: QueryRule = {
  id: 'rust-unsafe-raw-deref',
  cwe: 'CWE-119',
  severity: 'warning',
  languages: ['rust'],
  kind: 'query',
  query: { rust: '(unsafe_block (block) @body) @hit' },
  message: 'An unsafe block dereferences a raw pointer, which the compiler cannot check for validity or bounds.',
  fix: 'Use references, slices and safe indexing; if unsafe is unavoidable, check the pointer and bounds and document the invariant.',
  predicate: ({ body, hit }) => {
    if (!body || !hit) return false;
    const raw = rawPointers(scopeOf(hit));
    return [...walk(body)].some(
      (n) =>
        n.type === 'unary_expression' &&
        n.text.startsWith('*') &&
        (raw.has(n.text.slice(1).trim()) || /\.(add|offset|sub)\(/.test(n.text)),
    );
  },
};
