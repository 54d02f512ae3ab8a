// Python helpers of the same file whose result owes nothing to their arguments (`def _remember(user): token =
// secrets.token_urlsafe(32); ...; return token`). Taint flows into a call through its arguments by default, so a
// request-derived record handed to such a helper made its fresh token or constant look like request data. A helper
// counts when no returned value depends (through assignments, loop and `with` bindings, or a mutating method call
// such as `out.append(x)`) on a parameter, and its body reads no source itself. Summaries are memoised per analysis.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { functionParameters } from './functionParameters';
import { functionsByName } from './stringShape';
import { FUNCTION_TYPES, namedChildren, walk } from './walk';

const RECEIVER = /^(self|cls)$/;

function mentions(node: SyntaxNode, names: ReadonlySet<string>): boolean {
  for (const n of walk(node)) if (n.type === 'identifier' && names.has(n.text)) return true;
  return false;
}

/** The root name of a target or receiver: `out` for `out`, `out.items`, `out[k]`. */
function rootName(n: SyntaxNode | null): string | undefined {
  let cur = n;
  while (cur && (cur.type === 'attribute' || cur.type === 'subscript')) cur = namedChildren(cur)[0] ?? null;
  return cur?.type === 'identifier' ? cur.text : undefined;
}

/** The names in `fn` that depend on its parameters, to a fixpoint; returns whether any returned value does. */
function returnsDependOnParameters(fn: SyntaxNode, params: string[], ctx: RuleContext): boolean {
  const derived = new Set(params);
  const nested = (n: SyntaxNode): boolean => n !== fn && FUNCTION_TYPES.has(n.type);
  const nodes = [...walk(fn, nested)];
  const links: [SyntaxNode, string[]][] = ctx
    .assignments(fn)
    .map((a) => [a.value, a.names.map((x) => x.split('.')[0]!)]);
  for (const n of nodes) {
    if (n.type === 'as_pattern') {
      const alias = n.childForFieldName('alias');
      const value = namedChildren(n)[0];
      if (alias && value) links.push([value, [alias.text]]);
    }
    // `out.append(x)`, `buf.write(x)`, `parts[k] = x`: the receiver holds what was passed in.
    if (n.type === 'call') {
      const callee = n.childForFieldName('function');
      const receiver = callee?.type === 'attribute' ? rootName(callee.childForFieldName('object')) : undefined;
      const args = n.childForFieldName('arguments');
      if (receiver && args) links.push([args, [receiver]]);
    }
  }
  // Bounded like taint.ts: a chain longer than six steps is taken to depend on the parameters.
  let changed = true;
  for (let round = 0; changed && round < 6; round += 1) {
    changed = false;
    for (const [value, names] of links)
      if (names.some((x) => !derived.has(x)) && mentions(value, derived)) {
        names.forEach((x) => derived.add(x));
        changed = true;
      }
  }
  if (changed) return true;
  // A generator hands back what it yields.
  return nodes.some((n) => (n.type === 'return_statement' || n.type === 'yield') && mentions(n, derived));
}

/** The helper reads a source itself (`request.args`, `os.environ`, `input()`): its result may carry input. */
function readsSource(fn: SyntaxNode, source: RegExp): boolean {
  for (const n of walk(fn)) {
    if (n.type === 'identifier' || n.type === 'attribute') {
      if (source.test(n.text)) return true;
    } else if (n.type === 'call' && source.test(`${n.childForFieldName('function')?.text ?? ''}(`)) return true;
  }
  return false;
}

/** `_remember(user)`, `self._new_token(order)`: a call to a helper of the file whose result ignores its arguments. */
export function ignoresArguments(call: SyntaxNode, ctx: RuleContext, source: RegExp | undefined): boolean {
  if (ctx.language !== 'python' || call.type !== 'call') return false;
  const name = /^(?:self\.|cls\.)?(\w+)$/.exec(call.childForFieldName('function')?.text ?? '')?.[1];
  const fns = name ? functionsByName(ctx).get(name) : undefined;
  if (!fns || fns.length !== 1) return false;
  const fn = fns[0]!;
  const key = `helperResults:${fn.startIndex}:${source?.source ?? ''}`;
  let summary = ctx.memo.get(key) as boolean | undefined;
  if (summary === undefined) {
    const params = functionParameters(fn)
      .map((p) => p.name)
      .filter((p) => !RECEIVER.test(p));
    summary =
      params.length > 0 &&
      (source === undefined || !readsSource(fn, source)) &&
      !returnsDependOnParameters(fn, params, ctx);
    ctx.memo.set(key, summary);
  }
  return summary;
}
