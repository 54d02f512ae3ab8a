// Dominating checks from the slicer's PDG: is a sink controlled by (or preceded by) a comparison on a variable?
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { Pdg, PdgStatement } from '../slicing/Pdg';
import type { RuleContext } from './RuleContext';
import { contains, FUNCTION_TYPES, scopeOf, walk } from './walk';
import { checkedByFileHelper } from './ruleParts/cCheckingHelpers';

const COMPARISON = /^(<|>|<=|>=|==|!=)$/;
const GUARDS = /if_statement|while_statement|for_statement|do_statement|conditional_expression|switch_statement/;

/**
 * Calls whose name says they test a bound (`CLI_ISCONTAINED(buf, len, p, n)`, `in_range(i, n)`, `may_pull(skb, len)`):
 * a condition that hands them the name checks it as surely as a comparison does.
 */
const BOUND_CHECK_CALL =
  /contain|bound|range|fits|overflow|may_pull|has_room|room_for|avail|remaining|check_?(len|size|index|idx)/i;

/**
 * Statements that stop the program (or the function) when their condition fails: assert(i < n), BUG_ON(i >= n), and
 * a project's own assertion macros named after assert (`poco_assert`, `Q_ASSERT`, `ASSERT_LT`).
 */
const ASSERTION =
  /^\s*((\w+_)?(assert|ASSERT)(_\w+)?|DCHECK\w*|CHECK|BUG_ON|WARN_ON(_ONCE)?|BUILD_BUG_ON|g_return_if_fail|g_return_val_if_fail|VERIFY)\s*\(/;

/** A clamp: `min(a, b)`, `MIN`, `min_t(type, a, b)`, `std::min` (also `std::min<size_t>(a, b)`), `clamp`, `umin`, OpenBSD's `minimum`. */
const CLAMP_CALL = /\b(min|MIN|min_t|umin|std::min|clamp|clamp_t|CLAMP|minimum|MINIMUM)\s*(<[^;()<>]*>\s*)?\(/;

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

/**
 * Options of a guard search. `bound`: only a test that can bound the value from above counts, so a comparison with
 * zero or NULL (`len == 0`, `!= NULL`, `idx < 0`) is no check of a length or an index against a size.
 */
export interface GuardOptions {
  bound?: boolean;
}

const ZERO_OR_NULL = /^\(?\s*(0[uUlL]*|NULL|nullptr|'\\0')\s*\)?$/;

/**
 * A value itself (not a call's result: `reserve(b, n) != 0` is a capacity check) compared with zero or NULL.
 */
function againstZero(n: SyntaxNode): boolean {
  const left = n.childForFieldName('left');
  const right = n.childForFieldName('right');
  if (!left || !right) return false;
  const zero = ZERO_OR_NULL.test(left.text.trim()) ? left : ZERO_OR_NULL.test(right.text.trim()) ? right : null;
  const other = zero === left ? right : left;
  return zero !== null && !/call_expression/.test(other.type);
}

/** True when `cond` compares (<, >, ==, ...) an expression mentioning one of `names`, or clamps it with min(). */
export function comparesName(cond: SyntaxNode, names: readonly string[], options: GuardOptions = {}): boolean {
  for (const n of walk(cond)) {
    if (/call/.test(n.type) && CLAMP_CALL.test(n.text) && names.some((name) => n.text.includes(name))) return true;
    if (/call/.test(n.type) && checksBound(n, names)) return true;
    if (n.type !== 'binary_expression' && n.type !== 'comparison_operator') continue;
    const op =
      n.childForFieldName('operator')?.text ?? n.children.find((c) => c && COMPARISON.test(c.type))?.type ?? '';
    if (!COMPARISON.test(op)) continue;
    if (options.bound && againstZero(n)) continue;
    // `&x` inside a call (scanf(..., &x) == 2) is an out-parameter, not a comparison of x's value.
    // Nor does an index inside a subscript (record[i] != ':' tests the element, not i).
    const sides = n.text.replace(/(?<=[(,]\s*)&\s*\w+|sizeof\s*\(?\s*\w+\s*\)?|\[[^\][]*\]/g, ' ');
    if (names.some((name) => wholeName(name).test(sides))) return true;
  }
  return false;
}

/** A bound-checking call (by its name) that is handed one of `names` among its arguments. */
function checksBound(call: SyntaxNode, names: readonly string[]): boolean {
  const callee = call.childForFieldName('function')?.text ?? '';
  const args = call.childForFieldName('arguments')?.text ?? '';
  return BOUND_CHECK_CALL.test(callee) && names.some((name) => wholeName(name).test(args));
}

function wholeName(name: string): RegExp {
  return new RegExp(`(^|[^\\w>.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w(])`);
}

/**
 * One of `names` was last given a clamped value before `sink`: `len = min_t(size_t, sizeof(sa), addr_len)`,
 * `n = n > max ? max : n`. The value cannot exceed the bound the clamp names, whatever the caller passed.
 */
export function clampedBefore(sink: SyntaxNode, names: readonly string[], ctx: RuleContext): boolean {
  const scope = scopeOf(sink);
  const last = new Map<string, SyntaxNode>();
  for (const a of ctx.assignments(scope)) {
    if (a.node.startIndex >= sink.startIndex) continue;
    const target = (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text.trim() ?? '';
    if (!names.includes(target)) continue;
    const prev = last.get(target);
    if (!prev || prev.startIndex < a.value.startIndex) last.set(target, a.value);
  }
  return [...last.values()].some(
    (value) => CLAMP_CALL.test(value.text) || (value.type === 'conditional_expression' && comparesName(value, names)),
  );
}

/**
 * A comparison on one of `names` guards `sink`: either a statement the sink is control-dependent on
 * (transitively), or an earlier guard in the function (an early `return`/`continue` on failure).
 */
/**
 * Locals set once, before `sink`, to a sum that has one of `names` as a term (`need = sb->len + n + 1`) or to a
 * size macro of one (`len = RTA_LENGTH(alen)`): a test of the sum against a capacity (`if (need > sb->cap) grow(...)`) bounds the term too. Whether the sum can wrap is the
 * overflow rules' question (c-bounds-check-sum-wraps), not the copy's.
 */
/** A size macro of the value (`RTA_LENGTH(alen)`, `ALIGN(n)`): the value plus a header or padding. */
function grownSize(value: SyntaxNode): boolean {
  return value.type === 'call_expression' && /^[A-Z][A-Z0-9_]*$/.test(value.childForFieldName('function')?.text ?? '');
}

function sumAliases(sink: SyntaxNode, names: readonly string[], ctx: RuleContext): string[] {
  const fn = scopeOf(sink);
  const key = `pdgGuard:sums:${fn.startIndex}:${fn.endIndex}`;
  let sums = ctx.memo.get(key) as { name: string; value: string; at: number }[] | undefined;
  if (!sums) {
    sums = [];
    for (const n of walk(fn)) {
      const left =
        n.type === 'init_declarator'
          ? n.childForFieldName('declarator')
          : n.type === 'assignment_expression' && n.childForFieldName('operator')?.text === '='
            ? n.childForFieldName('left')
            : null;
      const value = n.childForFieldName(n.type === 'init_declarator' ? 'value' : 'right');
      if (
        left?.type === 'identifier' &&
        value &&
        (grownSize(value) || (value.type === 'binary_expression' && /\+/.test(value.text)))
      )
        sums.push({ name: left.text, value: value.text, at: n.endIndex });
    }
    ctx.memo.set(key, sums);
  }
  const before = sums.filter((s) => s.at <= sink.startIndex);
  return before
    .filter((s) => before.filter((o) => o.name === s.name).length === 1)
    .filter((s) => names.some((name) => wholeName(name).test(s.value.replace(/\[[^\][]*\]/g, ' '))))
    .map((s) => s.name);
}

export function guardedByComparison(
  sink: SyntaxNode,
  given: readonly string[],
  ctx: RuleContext,
  options: GuardOptions = {},
): boolean {
  if (given.length === 0) return true;
  const names = [...given, ...sumAliases(sink, given, ctx)];
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
  return (
    pdg.statements.some(
      (s) =>
        s.id !== 0 &&
        ((GUARDS.test(s.kind) &&
          (controllers.has(s.id) || s.id === at.id || s.node.endIndex <= sink.startIndex) &&
          (comparesName(conditionOf(s.node), names, options) ||
            checkedByFileHelper(conditionOf(s.node), names, ctx))) ||
          (s.node.endIndex <= sink.startIndex && ASSERTION.test(s.node.text) && comparesName(s.node, names, options))),
    ) || clampedBefore(sink, names, ctx)
  );
}
