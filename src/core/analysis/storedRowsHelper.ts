// A same-file helper that only hands back what a sanitising call gave it (`async function loadUser(handle) { const
// { rows } = await db.query(SQL, [handle]); return rows[0]; }`): its result is that call's result, whatever the
// caller passed in. Taint rules read such a call as their sanitiser (stored rows are not the request's text).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { functionsByName } from './stringShape';
import { FUNCTION_TYPES, IDENTIFIER_TYPES, namedChildren, walk } from './walk';

/** `await db.query(...)` or `db.query(...)` whose callee the sanitiser pattern names. */
function sanitisingValue(value: SyntaxNode, sanitisers: RegExp, ctx: RuleContext): boolean {
  const inner = value.type === 'await_expression' ? namedChildren(value)[0] : value;
  return inner !== undefined && isCallNode(inner) && sanitisers.test(ctx.callAt(inner).name);
}

/** The variables a returned value reads (`rows` in `rows[0] || null`), property names aside. */
function readNames(value: SyntaxNode): string[] {
  const names: string[] = [];
  for (const n of walk(value))
    if (IDENTIFIER_TYPES.has(n.type) && n.type === 'identifier' && n.parent?.childForFieldName('property') !== n)
      names.push(n.text);
  return names;
}

export function storedRowsHelper(call: SyntaxNode, ctx: RuleContext, sanitisers: RegExp): boolean {
  if (ctx.language !== 'javascript' && ctx.language !== 'typescript') return false;
  const name = /^(?:this\.)?(\w+)$/.exec(ctx.callAt(call).name)?.[1];
  const fns = name ? (functionsByName(ctx).get(name) ?? []) : [];
  if (fns.length !== 1) return false;
  const fn = fns[0]!;
  const returns = [...walk(fn, (n) => n !== fn && FUNCTION_TYPES.has(n.type))]
    .filter((n) => n.type === 'return_statement')
    .map((r) => namedChildren(r)[0]);
  if (returns.length === 0 || returns.some((r) => r === undefined)) return false;
  const assignments = ctx.assignments(fn);
  return returns.every((r) =>
    readNames(r!).every((v) => {
      const writes = assignments.filter((a) => a.names.includes(v));
      return writes.length > 0 && writes.every((a) => sanitisingValue(a.value, sanitisers, ctx));
    }),
  );
}

/** A sanitiser call by name, or a call of such a helper. */
export function sanitisingCall(call: SyntaxNode, ctx: RuleContext, sanitisers: RegExp): boolean {
  return sanitisers.test(ctx.callAt(call).name) || storedRowsHelper(call, ctx, sanitisers);
}
