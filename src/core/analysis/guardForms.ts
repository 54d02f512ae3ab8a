// Two more places a fix puts its check (guardedSink.ts asks both for each variable of a sink):
// - a conditional expression that keeps the value only when a check holds and otherwise uses ours
//   (`ALLOWED.includes(m) ? m : 'fast'`, `next.startsWith('/') ? next : '/'`), in the sink or in the value's
//   last assignment (Rust writes it as `if check(&m) { m } else { ours }`);
// - a switch over the value whose cases are all literals and whose default leaves or replaces it (an allow-list
//   written as a switch: Go, JavaScript, PHP).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { GuardQuery, Evidence } from './guardCondition';
import { mentions, validates } from './guardCondition';
import { sanitisedValue } from './sanitisedValue';
import { isConstant } from './stringShape';
import { EXITS } from './validationGuard';
import { contains, namedChildren, scopeOf } from './walk';

const TERNARY = /^(ternary_expression|conditional_expression|if_expression)$/;

/** The value of a Rust block that holds nothing but its final expression (`{ target }`), else null. */
function blockValue(block: SyntaxNode | null): SyntaxNode | null {
  const body = block?.type === 'else_clause' ? namedChildren(block)[0] : block;
  const kids = body?.type === 'block' ? namedChildren(body) : [];
  return kids.length === 1 && !/statement|declaration/.test(kids[0]!.type) ? kids[0]! : null;
}

/** The parts of a conditional expression: Python writes `a if c else b`, the others `c ? a : b`. */
function ternaryParts(n: SyntaxNode): { cond: SyntaxNode; then: SyntaxNode; otherwise: SyntaxNode } | null {
  if (n.type === 'if_expression') {
    const [cond, then, otherwise] = [
      n.childForFieldName('condition'),
      blockValue(n.childForFieldName('consequence')),
      blockValue(n.childForFieldName('alternative')),
    ];
    return cond && then && otherwise ? { cond, then, otherwise } : null;
  }
  const cond = n.childForFieldName('condition');
  const then = n.childForFieldName('consequence') ?? n.childForFieldName('body');
  const otherwise = n.childForFieldName('alternative');
  if (cond && then && otherwise) return { cond, then, otherwise };
  const [a, b, c] = namedChildren(n);
  if (!a || !b || !c) return null;
  return n.type === 'conditional_expression' && n.text.includes(' if ')
    ? { cond: b, then: a, otherwise: c }
    : { cond: a, then: b, otherwise: c };
}

/** `n` is the condition of a conditional expression: tested, it does not flow into the expression's value. */
export function ternaryCondition(n: SyntaxNode): boolean {
  const parent = n.parent;
  if (!parent || !TERNARY.test(parent.type)) return false;
  const cond = ternaryParts(parent)?.cond;
  return cond !== undefined && cond.startIndex === n.startIndex && cond.endIndex === n.endIndex;
}

/** The branch holding `leaf` is chosen only when the condition checks it; the other branch is a value of ours. */
function ternaryCovers(n: SyntaxNode, leaf: SyntaxNode, q: GuardQuery, sanitiser: RegExp): Evidence | null {
  const parts = ternaryParts(n);
  if (!parts || contains(parts.cond, leaf)) return null;
  const inThen = contains(parts.then, leaf);
  const other = inThen ? parts.otherwise : parts.then;
  if (!sanitisedValue(other, sanitiser, q.ctx)) return null;
  // Validator calls are matched without their polarity, so the negations are counted here: the value must be kept
  // on the branch where the check itself holds.
  let cond = parts.cond;
  let holds = inThen;
  for (;;) {
    const inner = namedChildren(cond)[0];
    if (cond.type === 'parenthesized_expression' && inner) cond = inner;
    else if (
      (cond.type === 'not_operator' || (cond.type === 'unary_expression' && cond.text.startsWith('!'))) &&
      inner
    ) {
      cond = inner;
      holds = !holds;
    } else break;
  }
  return holds ? validates(cond, q, 'holds') : null;
}

/** A conditional expression between the leaf and the sink, or in the value its variable was last assigned. */
export function ternaryChecked(leaf: SyntaxNode, sink: SyntaxNode, q: GuardQuery, sanitiser: RegExp): Evidence | null {
  for (let cur = leaf.parent; cur && contains(sink, cur); cur = cur.parent)
    if (TERNARY.test(cur.type)) {
      const found = ternaryCovers(cur, leaf, q, sanitiser);
      if (found) return found;
    }
  const last = q.ctx
    .assignmentsTo(scopeOf(sink), leaf.text)
    .filter((a) => a.node.endIndex <= sink.startIndex)
    .at(-1);
  if (!last || !TERNARY.test(last.value.type)) return null;
  const parts = ternaryParts(last.value);
  if (!parts) return null;
  // The kept branch is the value's source (`req.query.mode` in `MODES.includes(req.query.mode) ? req.query.mode :
  // 'fast'`): the condition must check it.
  const kept = sanitisedValue(parts.then, sanitiser, q.ctx) ? parts.otherwise : parts.then;
  const names = new Set([...q.names, kept.text.replace(/\s+/g, '')]);
  return ternaryCovers(last.value, kept, { ...q, names }, sanitiser);
}

const SWITCH = /^(switch_statement|expression_switch_statement)$/;
const CASE = /^(switch_case|expression_case|case_statement)$/;
const DEFAULT = /^(switch_default|default_case|default_statement)$/;

/** Every label of every case is a literal; the default leaves or replaces the value. */
function literalSwitch(stmt: SyntaxNode, overwrites: (b: SyntaxNode) => boolean): boolean {
  const body = stmt.childForFieldName('body') ?? stmt;
  const clauses = namedChildren(body);
  const cases = clauses.filter((c) => CASE.test(c.type));
  const fallback = clauses.find((c) => DEFAULT.test(c.type));
  if (cases.length === 0 || !fallback || !(EXITS.test(fallback.text) || overwrites(fallback))) return false;
  return cases.every((c) => {
    const label = c.childForFieldName('value') ?? namedChildren(c)[0];
    const labels = label?.type === 'expression_list' ? namedChildren(label) : label ? [label] : [];
    return labels.length > 0 && labels.every(isConstant);
  });
}

/** An earlier switch over one of the names whose cases are literals and whose default leaves or replaces it. */
export function switchChecked(
  sink: SyntaxNode,
  q: GuardQuery,
  earlier: readonly SyntaxNode[],
  overwrites: (b: SyntaxNode) => boolean,
): Evidence | null {
  for (const stmt of earlier) {
    if (!SWITCH.test(stmt.type)) continue;
    const subject = stmt.childForFieldName('value') ?? stmt.childForFieldName('condition');
    if (subject && mentions(subject, q.names) && !contains(stmt, sink) && literalSwitch(stmt, overwrites))
      return 'shape';
  }
  return null;
}
