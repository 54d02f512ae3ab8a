// Dominating checks from the slicer's PDG: is a sink controlled by (or preceded by) a comparison on a variable?
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { Pdg, PdgStatement } from '../slicing/Pdg';
import type { RuleContext } from './RuleContext';
import { contains, FUNCTION_TYPES, scopeOf, walk } from './walk';

const COMPARISON = /^(<|>|<=|>=|==|!=)$/;
const GUARDS = /if_statement|while_statement|for_statement|do_statement|conditional_expression|switch_statement/;

/** The PDG of the function around `node` (built once per analysis by the context), or null for top-level code. */
export function functionPdg(node: SyntaxNode, ctx: RuleContext): Pdg | null {
  const scope = scopeOf(node);
  return FUNCTION_TYPES.has(scope.type) ? ctx.pdg(scope) : null;
}

/**
 * Control-dependence predecessors per statement id, indexed once per PDG (sinks ask many times).
 * The index lives in the analysis's memo, so it goes when the analysis does.
 */
export function controlParents(pdg: Pdg, ctx: RuleContext): Map<number, number[]> {
  let byPdg = ctx.memo.get('pdgGuard:controlParents') as WeakMap<Pdg, Map<number, number[]>> | undefined;
  if (!byPdg) {
    byPdg = new WeakMap();
    ctx.memo.set('pdgGuard:controlParents', byPdg);
  }
  let index = byPdg.get(pdg);
  if (!index) {
    index = new Map();
    for (const e of pdg.edges) if (e.kind === 'control') index.set(e.to, [...(index.get(e.to) ?? []), e.from]);
    byPdg.set(pdg, index);
  }
  return index;
}

/** The innermost PDG statement containing `node`. */
export function statementOf(pdg: Pdg, node: SyntaxNode): PdgStatement | undefined {
  let best: PdgStatement | undefined;
  for (const s of pdg.statements) {
    if (s.id === 0 || !contains(s.node, node)) continue;
    if (!best || s.node.endIndex - s.node.startIndex < best.node.endIndex - best.node.startIndex) best = s;
  }
  return best;
}

/** The condition of a guard statement (the whole header for loops without a condition field). */
function conditionOf(node: SyntaxNode): SyntaxNode {
  return node.childForFieldName('condition') ?? node;
}

/** True when `cond` compares (<, >, ==, ...) an expression mentioning one of `names`, or clamps it with min(). */
export function comparesName(cond: SyntaxNode, names: readonly string[]): boolean {
  for (const n of walk(cond)) {
    if (
      /call/.test(n.type) &&
      /\b(min|MIN|std::min|clamp)\s*\(/.test(n.text) &&
      names.some((name) => n.text.includes(name))
    )
      return true;
    if (n.type !== 'binary_expression' && n.type !== 'comparison_operator') continue;
    const op =
      n.childForFieldName('operator')?.text ?? n.children.find((c) => c && COMPARISON.test(c.type))?.type ?? '';
    if (!COMPARISON.test(op)) continue;
    // `&x` inside a call (scanf(..., &x) == 2) is an out-parameter, not a comparison of x's value.
    // Nor does an index inside a subscript (record[i] != ':' tests the element, not i).
    const sides = n.text.replace(/(?<=[(,]\s*)&\s*\w+|sizeof\s*\(?\s*\w+\s*\)?|\[[^\][]*\]/g, ' ');
    if (
      names.some((name) =>
        new RegExp(`(^|[^\\w>.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w(])`).test(sides),
      )
    )
      return true;
  }
  return false;
}

/**
 * A comparison on one of `names` guards `sink`: either a statement the sink is control-dependent on
 * (transitively), or an earlier guard in the function (an early `return`/`continue` on failure).
 */
export function guardedByComparison(sink: SyntaxNode, names: readonly string[], ctx: RuleContext): boolean {
  if (names.length === 0) return true;
  const pdg = functionPdg(sink, ctx);
  if (!pdg) return false;
  const at = statementOf(pdg, sink);
  if (!at) return false;
  const controllers = new Set<number>();
  const queue = [at.id];
  while (queue.length) {
    const id = queue.pop();
    if (id === undefined) break;
    for (const from of controlParents(pdg, ctx).get(id) ?? [])
      if (!controllers.has(from)) {
        controllers.add(from);
        queue.push(from);
      }
  }
  return pdg.statements.some(
    (s) =>
      s.id !== 0 &&
      GUARDS.test(s.kind) &&
      (controllers.has(s.id) || s.id === at.id || s.node.endIndex <= sink.startIndex) &&
      comparesName(conditionOf(s.node), names),
  );
}
