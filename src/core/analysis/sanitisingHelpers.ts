// Helpers of the analysed Python file that return only what one of the rule's own sanitisers made
// (`def clean_for_log(v): return CONTROL.sub("?", v)[:200]`): real fixes wrap the rule's sanitiser in a named helper,
// so a call to it is as clean as the sanitiser call it returns. Read per helper and sanitiser set, once per analysis.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { functionsByName } from './stringShape';
import { FUNCTION_TYPES, namedChildren, walk } from './walk';
import { allowListSubstitution } from './allowListSubstitution';
import { ignoresArguments } from './helperResults';

/** Methods that keep a string's characters (or a subset of them): they add nothing a sanitiser removed. */
const NARROWING = /^(strip|lstrip|rstrip|lower|upper|casefold|title)$/;

/** The values a return expression may hand back, through slices, narrowing methods and `x or "default"`. */
function returnedParts(value: SyntaxNode): SyntaxNode[] {
  if (value.type === 'parenthesized_expression') return namedChildren(value).flatMap(returnedParts);
  if (value.type === 'boolean_operator') return namedChildren(value).flatMap(returnedParts);
  if (value.type === 'subscript') return returnedParts(value.childForFieldName('value') ?? value);
  const fn = value.type === 'call' ? value.childForFieldName('function') : null;
  if (fn?.type === 'attribute' && NARROWING.test(fn.childForFieldName('attribute')?.text ?? ''))
    return returnedParts(fn.childForFieldName('object') ?? value);
  return [value];
}

function returnsOf(fn: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const n of walk(fn, (k) => k !== fn && FUNCTION_TYPES.has(k.type)))
    if (n.type === 'return_statement') out.push(namedChildren(n)[0] ?? n);
  return out;
}

/** The call names a helper of the file whose every returned value is a sanitiser's result or a literal. */
export function helperSanitises(call: SyntaxNode, sanitizers: RegExp, ctx: RuleContext): boolean {
  if (ctx.language !== 'python' || call.type !== 'call') return false;
  const name = /^(?:self\.|cls\.)?(\w+)$/.exec(call.childForFieldName('function')?.text ?? '')?.[1];
  const fns = name ? functionsByName(ctx).get(name) : undefined;
  if (!fns || fns.length !== 1) return false;
  const fn = fns[0]!;
  const key = `sanitisingHelpers:${fn.startIndex}:${sanitizers.source}`;
  let summary = ctx.memo.get(key) as boolean | undefined;
  if (summary === undefined) {
    const parts = returnsOf(fn).flatMap(returnedParts);
    summary =
      parts.some((p) => p.type === 'call') &&
      parts.every(
        (p) =>
          p.type === 'string' ||
          (p.type === 'call' && (sanitizers.test(ctx.callAt(p).name) || allowListSubstitution(p, ctx))),
      );
    ctx.memo.set(key, summary);
  }
  return summary;
}

/** A call whose result carries none of its arguments' input: a helper that ignores them (helperResults.ts), a helper
 * returning a sanitiser's result, or an allow-list substitution (allowListSubstitution.ts). */
export function cleanHelperCall(call: SyntaxNode, sanitizers: RegExp, ctx: RuleContext, source?: RegExp): boolean {
  return (
    ignoresArguments(call, ctx, source) || helperSanitises(call, sanitizers, ctx) || allowListSubstitution(call, ctx)
  );
}
