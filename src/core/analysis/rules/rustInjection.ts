// Rust injection sinks (CWE-78/89/22/918): `sh -c` through args, SQL text built with format!, paths joined
// with caller input, and HTTP requests to caller-supplied URLs.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { namedChildren, scopeOf } from '../walk';

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names bound by `let` to a format! string in the function. */
function formattedLocal(node: SyntaxNode, pattern: RegExp): boolean {
  const name = node.text.replace(/^&\s*/, '');
  if (!/^\w+$/.test(name)) return false;
  const m = new RegExp(`let\\s+(mut\\s+)?${esc(name)}\\s*(:[^=]+)?=\\s*format!\\s*\\(([\\s\\S]*?)\\);`).exec(
    scopeOf(node).text,
  );
  return !!m?.[3] && pattern.test(m[3]);
}

/** A function parameter of the enclosing function (data from the caller). */
function isParameter(node: SyntaxNode): boolean {
  const name = node.text.replace(/^&\s*/, '');
  const params = scopeOf(node).childForFieldName('parameters');
  return namedChildren(params).some((p) => p.childForFieldName('pattern')?.text === name);
}

export const rustShellArgs = callRule({
  id: 'rust-shell-args-formatted',
  cwe: 'CWE-78',
  severity: 'error',
  languages: ['rust'],
  message: 'A shell is started with -c and a script that is not a literal, so input can add shell syntax.',
  fix: 'Run the program directly (Command::new(program).args([...])) with each value as its own argument.',
  callee: { rust: /^(std::process::)?Command::new\("(sh|bash|zsh|dash|cmd)"\)\.args$/ },
  when: (call) => {
    const list = call.args[0];
    return !!list && /"(-c|\/C)"/.test(list.text) && namedChildren(list).some((e) => e.type !== 'string_literal');
  },
});

const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP)\b[\s\S]*\{/i;

export const rustSqlFormatted = callRule({
  id: 'rust-sql-formatted',
  cwe: 'CWE-89',
  severity: 'error',
  languages: ['rust'],
  message: 'SQL text is built with format!, so quotes in the values change the statement.',
  fix: 'Keep the SQL constant with ?1/?2 (or $1) placeholders and pass the values with params![...] / bind().',
  callee: { rust: /\.(execute|execute_batch|prepare|prepare_cached|query_row|query_map|query)$|^sqlx::query(_as)?$/ },
  when: (call) => {
    const sql = call.args[0];
    if (!sql) return false;
    const inline = /^&?\s*format!\s*\(/.test(sql.text) && SQL.test(sql.text);
    return inline || formattedLocal(sql, SQL);
  },
});

const FILE_OPS =
  /\bfs::(read|read_to_string|write|remove_file|remove_dir_all|copy|rename|read_dir)\s*\(|\bFile::(open|create)\s*\(|OpenOptions::new\s*\(/;
const CONTAINED = /canonicalize\s*\([\s\S]*starts_with\s*\(|\.file_name\s*\(\s*\)|\.components\s*\(\s*\)/;

export const rustPathJoin = callRule({
  id: 'rust-path-join-input',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['rust'],
  message:
    'A path from the caller is joined onto a base directory and used for file access without a containment check.',
  fix: 'Canonicalize the joined path and check starts_with(canonical base), or accept only a plain file_name() component.',
  callee: { rust: /\.(join|push)$/ },
  when: (call) => {
    const part = call.args[0];
    if (!part || part.type === 'string_literal') return false;
    const fn = scopeOf(call.node);
    const fromCaller =
      isParameter(part) ||
      new RegExp(`let\\s+(mut\\s+)?${esc(part.text)}\\s*=\\s*(\\w+)\\.`).exec(fn.text)?.[2] !== undefined;
    return fromCaller && FILE_OPS.test(fn.text) && !CONTAINED.test(fn.text);
  },
});

export const rustSsrf = callRule({
  id: 'rust-request-to-input-url',
  cwe: 'CWE-918',
  severity: 'error',
  languages: ['rust'],
  message:
    'An HTTP request is sent to a URL supplied by the caller, so the server can be steered to internal addresses.',
  fix: 'Parse the URL, allow only https and an allowlist of hosts (check host_str()), and reject private addresses.',
  callee: { rust: /^(reqwest::(blocking::)?get|ureq::get|ureq::post)$|client\.(get|post)$/ },
  when: (call) => {
    const url = call.args[0];
    return (
      !!url &&
      url.type !== 'string_literal' &&
      isParameter(url) &&
      !/host_str\s*\(|\.host\s*\(\s*\)|allow/i.test(scopeOf(call.node).text)
    );
  },
});
