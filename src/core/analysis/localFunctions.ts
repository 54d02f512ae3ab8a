// Functions defined in the analysed file, by name, so a guard can look inside a helper the sink's function calls
// (`if (!isHostName(name)) throw ...` where `isHostName` matches a pattern). Indexed once per analysis: a walk of the
// tree per condition would make guard checks quadratic in file length.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { FUNCTION_TYPES, IDENTIFIER_TYPES, namedChildren, walk } from './walk';
import { mentions, validates, type GuardQuery } from './guardCondition';

export interface LocalHelper {
  body: SyntaxNode;
  /** Parameter names in order. */
  params: string[];
}

const INDEX = new WeakMap<RuleContext, Map<string, LocalHelper[]>>();

function rootOf(node: SyntaxNode): SyntaxNode {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/** A parameter's name: its `name`/`pattern` field, or the first identifier in it (Python typed parameters). */
function paramName(p: SyntaxNode): string | undefined {
  const named = p.childForFieldName('name') ?? p.childForFieldName('pattern');
  if (named) return named.text.replace(/^&?(mut\s+)?/, '');
  if (IDENTIFIER_TYPES.has(p.type)) return p.text;
  return namedChildren(p).find((c) => IDENTIFIER_TYPES.has(c.type))?.text;
}

function index(ctx: RuleContext, anyNode: SyntaxNode): Map<string, LocalHelper[]> {
  const known = INDEX.get(ctx);
  if (known) return known;
  const byName = new Map<string, LocalHelper[]>();
  for (const n of walk(rootOf(anyNode))) {
    if (!FUNCTION_TYPES.has(n.type)) continue;
    const name = n.childForFieldName('name')?.text;
    const body = n.childForFieldName('body');
    const params = n.childForFieldName('parameters');
    if (!name || !body || !params) continue;
    const names = namedChildren(params)
      .map(paramName)
      .filter((x): x is string => x !== undefined);
    byName.set(name, [...(byName.get(name) ?? []), { body, params: names }]);
  }
  INDEX.set(ctx, byName);
  return byName;
}

/** The functions of this file named `name` (the last segment of a call's name; `this.`/`self.`/`Self::` allowed). */
export function localHelpers(callName: string, at: SyntaxNode, ctx: RuleContext): LocalHelper[] {
  const m = /^(?:(?:this|self|Self)(?:\.|::))?(\w+)$/.exec(callName);
  return m?.[1] ? (index(ctx, at).get(m[1]) ?? []) : [];
}

let helperDepth = 0;

/**
 * A helper of this file given the value (`isHostName(name)`) whose body checks the matching parameter with a guard
 * shape (`HOST.matcher(s).matches()`): the check, moved into a function. One level deep, so helpers calling helpers
 * (or themselves) end.
 */
export function helperValidates(name: string, args: readonly SyntaxNode[], call: SyntaxNode, q: GuardQuery): boolean {
  if (helperDepth > 0) return false;
  const at = args.findIndex((a) => mentions(a, q.names));
  helperDepth += 1;
  try {
    return localHelpers(name, call, q.ctx).some((h) => {
      const param = h.params[at];
      return (
        param !== undefined &&
        validates(h.body, { ...q, names: new Set([param]), before: h.body.text }, 'either') === 'shape'
      );
    });
  } finally {
    helperDepth -= 1;
  }
}
