// What the calls in this file pass for one parameter of a C/C++ function: a helper such as
// `formatInt(x, buf, 10)` / `formatInt(x, buf, 16)` only ever divides by the bases its own file hands it.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { FUNCTION_TYPES, ancestor, namedChildren } from '../walk';
import { cFunctionName, functionDeclarator } from '../cFunctionDeclarator';

/** The function around `node` (its unqualified name) and the position of its parameter `name`, or null. */
function parameterPosition(node: SyntaxNode, name: string): { fn: string; at: number } | null {
  const def = ancestor(node, FUNCTION_TYPES);
  const decl = def?.type === 'function_definition' ? functionDeclarator(def) : null;
  const fn = cFunctionName(def);
  const params = namedChildren(decl?.childForFieldName('parameters') ?? null);
  const at = params.findIndex((p) => p.childForFieldName('declarator')?.text === name);
  return fn && at >= 0 ? { fn, at } : null;
}

/** The file's calls by unqualified callee name, grouped once per analysis from the context's call index. */
function callsByName(ctx: RuleContext): Map<string, SyntaxNode[]> {
  let calls = ctx.memo.get('cCallSiteArguments:calls') as Map<string, SyntaxNode[]> | undefined;
  if (calls) return calls;
  calls = new Map();
  ctx.memo.set('cCallSiteArguments:calls', calls);
  for (const call of ctx.calls()) {
    const callee =
      call.name
        .split(/::|\.|->/)
        .pop()
        ?.trim() ?? '';
    const known = calls.get(callee);
    if (known) known.push(call.node);
    else calls.set(callee, [call.node]);
  }
  return calls;
}

/**
 * The argument texts the file's calls pass for parameter `name` of the function around `node`; null when the
 * name is no parameter or the file never calls the function (its callers are elsewhere, nothing is known).
 */
export function argumentsAtCallSites(node: SyntaxNode, name: string, ctx: RuleContext): string[] | null {
  const where = parameterPosition(node, name);
  if (!where) return null;
  const values: string[] = [];
  for (const call of callsByName(ctx).get(where.fn) ?? []) {
    const arg = namedChildren(call.childForFieldName('arguments'))[where.at];
    if (!arg) return null;
    values.push(arg.text.trim());
  }
  return values.length > 0 ? values : null;
}
