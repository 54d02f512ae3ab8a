// Helpers of the analysed file that hand back only what one of the rule's own sanitisers made. Real fixes wrap the
// sanitiser in a named helper, so a call to it is as clean as the sanitiser call it returns:
// - Python returns the sanitiser's result, perhaps sliced or narrowed (`def clean_for_log(v): return
//   CONTROL.sub("?", v)[:200]`);
// - JS/TS returns what a sanitising call stored in a local (`async function loadUser(h) { const { rows } = await
//   db.query(SQL, [h]); return rows[0]; }`: stored rows are the query's result, not the caller's text).
// Read per helper and sanitiser set, once per analysis.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';
import { functionsByName } from './stringShape';
import { FUNCTION_TYPES, IDENTIFIER_TYPES, namedChildren, walk } from './walk';
import { allowListSubstitution } from './allowListSubstitution';
import { ignoresArguments } from './helperResults';

/** Methods that keep a string's characters (or a subset of them): they add nothing a sanitiser removed. */
const NARROWING = /^(strip|lstrip|rstrip|lower|upper|casefold|title)$/;

/** The one function of the file a call names (`clean(v)`, `self.clean(v)`, `this.loadUser(h)`). */
function soleHelper(call: SyntaxNode, ctx: RuleContext): SyntaxNode | undefined {
  const name = /^(?:self\.|cls\.|this\.)?(\w+)$/.exec(ctx.callAt(call).name)?.[1];
  const fns = name ? functionsByName(ctx).get(name) : undefined;
  return fns?.length === 1 ? fns[0] : undefined;
}

/** The value of every return of `fn` (not of functions nested in it); undefined for a bare `return`. */
function returnsOf(fn: SyntaxNode): (SyntaxNode | undefined)[] {
  return [...walk(fn, (k) => k !== fn && FUNCTION_TYPES.has(k.type))]
    .filter((n) => n.type === 'return_statement')
    .map((r) => namedChildren(r)[0]);
}

/** The values a Python return expression may hand back, through slices, narrowing methods and `x or "default"`. */
function returnedParts(value: SyntaxNode): SyntaxNode[] {
  if (value.type === 'parenthesized_expression') return namedChildren(value).flatMap(returnedParts);
  if (value.type === 'boolean_operator') return namedChildren(value).flatMap(returnedParts);
  if (value.type === 'subscript') return returnedParts(value.childForFieldName('value') ?? value);
  const fn = value.type === 'call' ? value.childForFieldName('function') : null;
  if (fn?.type === 'attribute' && NARROWING.test(fn.childForFieldName('attribute')?.text ?? ''))
    return returnedParts(fn.childForFieldName('object') ?? value);
  return [value];
}

/** Python: every returned value is a sanitiser's result or a literal, and at least one is a call. */
function pythonReturnsSanitised(fn: SyntaxNode, sanitizers: RegExp, ctx: RuleContext): boolean {
  const parts = returnsOf(fn).flatMap((r) => (r ? returnedParts(r) : [fn]));
  return (
    parts.some((p) => p.type === 'call') &&
    parts.every(
      (p) =>
        p.type === 'string' ||
        (p.type === 'call' && (sanitizers.test(ctx.callAt(p).name) || allowListSubstitution(p, ctx))),
    )
  );
}

/** `await db.query(...)` or `db.query(...)` whose callee the sanitiser pattern names. */
function sanitisingValue(value: SyntaxNode, sanitizers: RegExp, ctx: RuleContext): boolean {
  const inner = value.type === 'await_expression' ? namedChildren(value)[0] : value;
  return inner !== undefined && isCallNode(inner) && sanitizers.test(ctx.callAt(inner).name);
}

/** The variables a returned value reads (`rows` in `rows[0] || null`), property names aside. */
function readNames(value: SyntaxNode): string[] {
  return [...walk(value)]
    .filter((n) => IDENTIFIER_TYPES.has(n.type) && n.type === 'identifier')
    .filter((n) => n.parent?.childForFieldName('property') !== n)
    .map((n) => n.text);
}

/** JS/TS: every return has a value, and every variable it reads was only ever set by a sanitising call. */
function scriptReturnsSanitised(fn: SyntaxNode, sanitizers: RegExp, ctx: RuleContext): boolean {
  const returns = returnsOf(fn);
  if (returns.length === 0 || returns.some((r) => r === undefined)) return false;
  const assignments = ctx.assignments(fn);
  return returns.every((r) =>
    readNames(r!).every((v) => {
      const writes = assignments.filter((a) => a.names.includes(v));
      return writes.length > 0 && writes.every((a) => sanitisingValue(a.value, sanitizers, ctx));
    }),
  );
}

/** The call names a helper of the file whose every returned value a sanitiser made. */
export function helperSanitises(call: SyntaxNode, sanitizers: RegExp, ctx: RuleContext): boolean {
  const python = ctx.language === 'python';
  if (!python && ctx.language !== 'javascript' && ctx.language !== 'typescript') return false;
  const fn = soleHelper(call, ctx);
  if (!fn) return false;
  const key = `sanitisingHelpers:${fn.startIndex}:${sanitizers.source}`;
  let summary = ctx.memo.get(key) as boolean | undefined;
  if (summary === undefined) {
    summary = python ? pythonReturnsSanitised(fn, sanitizers, ctx) : scriptReturnsSanitised(fn, sanitizers, ctx);
    ctx.memo.set(key, summary);
  }
  return summary;
}

/** A call whose result carries none of its arguments' input: a sanitiser, a helper that ignores them
 * (helperResults.ts), a helper returning a sanitiser's result, or an allow-list substitution. */
export function cleanHelperCall(call: SyntaxNode, sanitizers: RegExp, ctx: RuleContext, source?: RegExp): boolean {
  return (
    sanitizers.test(ctx.callAt(call).name) ||
    ignoresArguments(call, ctx, source) ||
    helperSanitises(call, sanitizers, ctx) ||
    allowListSubstitution(call, ctx)
  );
}
