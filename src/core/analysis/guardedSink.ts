// Is a sink's value validated or sanitised before use? Every variable the value is made of must be covered: it
// flows only through sanitisers, or the sink is control-dependent (in the slicer's PDG, or by nesting) on a
// condition that checks it with a recognised guard shape, or an earlier such check exits or overwrites it on one
// branch. The shapes are data per language (guardShapes.ts); guardCondition.ts matches them.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { Language } from '../task/Task';
import { isCallNode } from './callInfo';
import { GUARD_CLASS, GUARDS } from './guardShapes';
import { validates, type Branch, type GuardQuery } from './guardCondition';
import { functionPdg, statementOf } from './pdgGuard';
import { sanitisedValue } from './sanitisedValue';
import { EXITS } from './validationGuard';
import { contains, IDENTIFIER_TYPES, scopeOf, walk } from './walk';

const CONDITIONAL = /^(if_statement|elif_clause|while_statement|if_expression|conditional_expression)$/;
const BUILDS_INTO = /^(sprintf|snprintf|strcpy|strncpy|strcat|strncat|memcpy|memmove|strlcpy|strlcat)$/;
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

interface Controller {
  cond: SyntaxNode;
  branch: Branch;
}

/** The branch of a conditional statement that holds the sink. */
function branchOf(stmt: SyntaxNode, sink: SyntaxNode): Branch {
  const then = stmt.childForFieldName('consequence') ?? stmt.childForFieldName('body');
  const otherwise = stmt.childForFieldName('alternative');
  if (then && contains(then, sink)) return 'holds';
  return otherwise && contains(otherwise, sink) ? 'fails' : 'either';
}

/** Conditions deciding whether the sink runs: enclosing conditionals and the PDG's control parents, transitively. */
function controllingConditions(sink: SyntaxNode, ctx: RuleContext): Controller[] {
  const out: Controller[] = [];
  for (let cur = sink.parent; cur; cur = cur.parent) {
    const cond = cur.childForFieldName('condition');
    if (CONDITIONAL.test(cur.type) && cond && !contains(cond, sink)) out.push({ cond, branch: branchOf(cur, sink) });
  }
  const pdg = functionPdg(sink, ctx);
  const at = pdg ? statementOf(pdg, sink) : undefined;
  if (!pdg || !at) return out;
  const byId = new Map(pdg.statements.map((s) => [s.id, s]));
  const seen = new Set<number>();
  const queue = [at.id];
  for (let id = queue.pop(); id !== undefined; id = queue.pop())
    for (const e of pdg.edges)
      if (e.kind === 'control' && e.to === id && !seen.has(e.from)) {
        seen.add(e.from);
        queue.push(e.from);
        const stmt = byId.get(e.from)?.node;
        const cond = stmt?.childForFieldName('condition');
        if (stmt && cond && !contains(cond, sink)) out.push({ cond, branch: branchOf(stmt, sink) });
      }
  return out;
}

/** The variables a value is made of: identifiers outside callee names and outside sanitiser calls. */
function leaves(values: readonly SyntaxNode[], sanitiser: RegExp, ctx: RuleContext): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const skip = (n: SyntaxNode): boolean => isCallNode(n) && sanitiser.test(ctx.callAt(n).name);
  for (const value of values)
    for (const n of walk(value, skip)) {
      if (!IDENTIFIER_TYPES.has(n.type) || CONSTANT_NAME.test(n.text)) continue;
      const callee = n.parent && isCallNode(n.parent) && n.parent.childForFieldName('function');
      const inCallee = callee && contains(callee, n) && !/attribute|member|field|selector/.test(callee.type);
      // Node objects are not shared between look-ups: compare positions.
      const member = n.parent?.childForFieldName('attribute') ?? n.parent?.childForFieldName('property');
      const methodName = member?.startIndex === n.startIndex;
      if (!inCallee && !methodName) out.push(n);
    }
  return out;
}

/**
 * The names a check may test for `leaf`: itself, and the one variable it was derived from (`x = request.args["x"]`,
 * `p = realpath(name)`, a C buffer filled from one value). A value built from several variables is covered only by
 * checks of itself: a check of one part (`id`) says nothing of another (`name`).
 */
function namesFor(leaf: SyntaxNode, sink: SyntaxNode, sanitiser: RegExp, ctx: RuleContext): Set<string> {
  const names = new Set([leaf.text]);
  const scope = scopeOf(sink);
  const sources = ctx
    .assignments(scope)
    .filter((a) => a.names.includes(leaf.text) && a.node.endIndex <= sink.startIndex)
    .map((a) => [a.value]);
  for (const call of ctx.callsIn(scope))
    if (BUILDS_INTO.test(call.name) && call.node.endIndex <= sink.startIndex && rootName(call.args[0]) === leaf.text)
      sources.push(call.args.slice(1));
  for (const parts of sources) {
    const vars = new Set(leaves(parts, sanitiser, ctx).map((n) => n.text));
    vars.delete(leaf.text);
    if (vars.size === 1) vars.forEach((n) => names.add(n));
  }
  return names;
}

function rootName(node: SyntaxNode | undefined): string {
  return /^[&*(\s]*(\w+)/.exec(node?.text ?? '')?.[1] ?? '';
}

/** How the sink is guarded ('sanitised', 'checked'), or null; `values` are the sink's arguments. */
export function guardedSink(
  sink: SyntaxNode,
  values: readonly SyntaxNode[],
  cwe: string,
  language: Language,
  ctx: RuleContext,
): string | null {
  const cls = GUARD_CLASS[cwe];
  const shapes = GUARDS[language];
  if (!cls || !shapes || values.length === 0) return null;
  const own = [shapes.sanitizers[cls], shapes.sanitizers.any].filter((r): r is RegExp => r !== undefined);
  const sanitiser = new RegExp(own.map((r) => r.source).join('|') || '^$');
  if (values.every((v) => sanitisedValue(v, sanitiser, ctx))) return 'sanitised';
  const parts = leaves(values, sanitiser, ctx);
  if (parts.length === 0) return null;
  const scope = scopeOf(sink);
  const before = scope.text.slice(0, sink.startIndex - scope.startIndex);
  const conditions = controllingConditions(sink, ctx);
  const earlier = [...walk(scope)].filter((s) => s.type === 'if_statement' && s.endIndex <= sink.startIndex);
  const covered = (leaf: SyntaxNode): boolean => {
    if (sanitisedValue(leaf, sanitiser, ctx)) return true;
    const q: GuardQuery = { names: namesFor(leaf, sink, sanitiser, ctx), shapes, cls, ctx, before };
    if (conditions.some((c) => validates(c.cond, q, c.branch))) return true;
    const overwrites = (b: SyntaxNode): boolean =>
      [...q.names].some((n) => new RegExp(`(^|[^\\w.>])${n.replace(/\$/g, '\\$')}\\s*=[^=]`).test(b.text));
    // The branch that exits (or replaces the value) is the failing one; the sink runs on the other.
    return earlier.some((stmt) => {
      const cond = stmt.childForFieldName('condition');
      const then = stmt.childForFieldName('consequence');
      const otherwise = stmt.childForFieldName('alternative');
      const acts = (b: SyntaxNode | null): boolean => b !== null && (EXITS.test(b.text) || overwrites(b));
      if (!cond) return false;
      return (acts(then) && validates(cond, q, 'fails')) || (acts(otherwise) && validates(cond, q, 'holds'));
    });
  };
  return parts.every(covered) ? 'checked' : null;
}
