// Functions of the file that release one of their parameters (`free(p)`, `delete p`, `delete[] p` in the body), and
// calls handing a pointer to one: the double-free rules count such a call as a release, before or after the
// caller's own free/delete (`free(data); release_sink(data);`).
import type { QueryMatch, SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { escapeRe } from './sizeOperands';

const RELEASE = (p: string): RegExp =>
  new RegExp(`\\bfree\\s*\\(\\s*${escapeRe(p)}\\s*\\)|\\bdelete\\s*(\\[\\s*\\]\\s*)?${escapeRe(p)}\\s*;`);

/**
 * The file's function definitions by name (the first of a name wins), indexed once per analysis: searching every
 * definition per call argument was quadratic in file length.
 */
function definitionsByName(ctx: RuleContext): Map<string, QueryMatch> {
  const key = 'c-function-definitions-by-name';
  let byName = ctx.memo.get(key) as Map<string, QueryMatch> | undefined;
  if (!byName) {
    byName = new Map();
    const defs = ctx.matches(
      '(function_definition declarator: (function_declarator declarator: (identifier) @name parameters: (parameter_list) @params) body: (_) @body)',
    );
    for (const m of defs)
      for (const c of m.captures) if (c.name === 'name' && !byName.has(c.node.text)) byName.set(c.node.text, m);
    ctx.memo.set(key, byName);
  }
  return byName;
}

/** A function of this file that frees (or deletes) its parameter at `index` on some path. */
export function calleeFrees(name: string, index: number, ctx: RuleContext): boolean {
  const def = definitionsByName(ctx).get(name);
  const params = def?.captures.find((c) => c.name === 'params')?.node;
  const body = def?.captures.find((c) => c.name === 'body')?.node;
  const param = params?.namedChildren
    .filter((c) => c?.type === 'parameter_declaration')
    [index]?.text.match(/(\w+)\s*(\[\s*\])?$/)?.[1];
  return !!param && !!body && RELEASE(param).test(body.text);
}

/** Among `statements` (the path after a release), one hands `p` to a releasing function before `p` is reassigned. */
export function releasedByCalleeLater(statements: readonly SyntaxNode[], p: string, ctx: RuleContext): boolean {
  const reassigned = new RegExp(`(^|[^=!<>])\\b${escapeRe(p)}\\s*=[^=]`);
  for (const stmt of statements) {
    if (reassigned.test(stmt.text)) return false;
    const calls = ctx.callsWithin(stmt.startIndex, stmt.endIndex);
    if (calls.some((c) => c.args.some((a, i) => a.text === p && calleeFrees(c.name, i, ctx)))) return true;
  }
  return false;
}
