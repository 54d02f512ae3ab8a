// Checks made in a helper of the same file that raises (issue 12): real fixes often move the validation into a
// function (`_check_name(name)`, `path = _safe_path(name)` that raises otherwise). Instead of trusting the helper's
// name, its body is read: which parameters it rejects (raises) unless a recognised guard shape holds. guardedSink.ts
// credits a call passing the value there. Helpers whose *result* vouches for a value (`if not _is_safe(p):
// abort(403)`) are read by localHelpers.ts, for every language.
import { callerParameters } from './functionParameters';
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { CallInfo } from './callInfo';
import type { RuleContext } from './RuleContext';
import type { GuardClass, LanguageGuards } from './guardShapes';
import { mentions, validates, type GuardQuery } from './guardCondition';
import { functionsByName } from './stringShape';
import { FUNCTION_TYPES, namedChildren, walk } from './walk';

/** The parameters a helper raises on unless they pass a guard shape: the call does not return otherwise. */
type HelperFacts = Set<string>;

/** Leaving the caller: only an exception or a process exit stops it; a `return` of the helper does not. */
const RAISES = /\b(raise|abort|sys\.exit|exit|os\._exit)\b/;

/** The parameter and the helper's locals computed from it (`p = os.path.realpath(os.path.join(BASE, name))`). */
function derived(fn: SyntaxNode, param: string, ctx: RuleContext): Set<string> {
  const names = new Set([param]);
  const assignments = ctx.assignments(fn);
  for (let grew = true; grew;) {
    grew = false;
    for (const a of assignments)
      if (mentions(a.value, names))
        for (const n of a.names)
          if (!names.has(n)) {
            names.add(n);
            grew = true;
          }
  }
  return names;
}

function ownNodes(fn: SyntaxNode): SyntaxNode[] {
  return [...walk(fn, (n) => n !== fn && FUNCTION_TYPES.has(n.type))];
}

function factsOf(fn: SyntaxNode, cls: GuardClass, shapes: LanguageGuards, ctx: RuleContext): HelperFacts {
  const facts: HelperFacts = new Set();
  const nodes = ownNodes(fn);
  const ifs = nodes.filter((n) => n.type === 'if_statement');
  for (const param of callerParameterNames(fn)) {
    const q: GuardQuery = { names: derived(fn, param, ctx), shapes, cls, ctx, before: fn.text };
    const shape = (cond: SyntaxNode | null, branch: 'holds' | 'fails'): boolean =>
      cond !== null && validates(cond, q, branch) === 'shape';
    const rejects = ifs.some((s) => {
      const cond = s.childForFieldName('condition');
      const then = s.childForFieldName('consequence');
      const otherwise = s.childForFieldName('alternative');
      return (
        (then !== null && RAISES.test(then.text) && shape(cond, 'fails')) ||
        (otherwise !== null && RAISES.test(otherwise.text) && shape(cond, 'holds'))
      );
    });
    const asserted = nodes.some((n) => n.type === 'assert_statement' && shape(namedChildren(n)[0] ?? null, 'holds'));
    if (rejects || asserted) facts.add(param);
  }
  return facts;
}

/** The one function of the file a call names (`_check(x)`, `self._is_safe(x)`), or null. */
function helperOf(call: CallInfo, ctx: RuleContext): SyntaxNode | null {
  const name = /^(?:self\.|cls\.)?(\w+)$/.exec(call.name)?.[1];
  const fns = name ? (functionsByName(ctx).get(name) ?? []) : [];
  return fns.length === 1 ? fns[0]! : null;
}

/** Whether `call` names one function of this file that `helperChecks` could read (cheap, no body read). */
export function callsFileHelper(call: CallInfo, ctx: RuleContext): boolean {
  return helperOf(call, ctx)?.type === 'function_definition';
}

/** Whether `call` is a helper of this file that raises unless an argument mentioning one of `names` passes a check. */
export function helperChecks(
  call: CallInfo,
  names: ReadonlySet<string>,
  cls: GuardClass,
  shapes: LanguageGuards,
  ctx: RuleContext,
): boolean {
  const fn = helperOf(call, ctx);
  if (!fn || fn.type !== 'function_definition') return false;
  const key = `helperChecks:${fn.startIndex}:${cls}`;
  let facts = ctx.memo.get(key) as HelperFacts | undefined;
  if (!facts) {
    // Marked first, so a helper that calls itself is read once.
    ctx.memo.set(key, new Set());
    facts = factsOf(fn, cls, shapes, ctx);
    ctx.memo.set(key, facts);
  }
  const checked = facts;
  if (checked.size === 0) return false;
  const params = callerParameterNames(fn);
  if (call.args.some((a, i) => checked.has(params[i] ?? '') && mentions(a, names))) return true;
  return [...call.keywords].some(([k, v]) => checked.has(k) && mentions(v, names));
}

function callerParameterNames(fn: SyntaxNode): string[] {
  return callerParameters(fn).map((p) => p.name);
}
