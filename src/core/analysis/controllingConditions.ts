// The conditions that decide whether a sink runs, and on which branch: its enclosing conditionals and its control
// parents in the slicer's PDG (transitively). Used by guardedSink to find the checks a sink is dominated by.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { Branch } from './guardCondition';
import { controlParents, functionPdg, statementOf } from './pdgGuard';
import { contains } from './walk';

// Ruby: `if`, `elsif`, `unless`, `while`, the `x if cond` modifiers and `cond ? a : b`.
const CONDITIONAL =
  /^(if_statement|elif_clause|while_statement|if_expression|conditional_expression|if|elsif|unless|while|if_modifier|unless_modifier|conditional)$/;
/** Ruby's `unless`: its body runs when the condition fails. */
const NEGATED = /^(unless|unless_modifier)$/;

export interface Controller {
  cond: SyntaxNode;
  branch: Branch;
}

/** The branch of a conditional statement that holds the sink. */
function branchOf(stmt: SyntaxNode, sink: SyntaxNode): Branch {
  const then = stmt.childForFieldName('consequence') ?? stmt.childForFieldName('body');
  const otherwise = stmt.childForFieldName('alternative');
  const [onThen, onOtherwise]: [Branch, Branch] = NEGATED.test(stmt.type) ? ['fails', 'holds'] : ['holds', 'fails'];
  if (then && contains(then, sink)) return onThen;
  return otherwise && contains(otherwise, sink) ? onOtherwise : 'either';
}

/** Conditions deciding whether the sink runs: enclosing conditionals and the PDG's control parents, transitively. */
export function controllingConditions(sink: SyntaxNode, ctx: RuleContext): Controller[] {
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
  // The control parents of each statement, in edge order, indexed once per PDG (not a scan of every edge per step).
  const parents = controlParents(pdg, ctx);
  for (let id = queue.pop(); id !== undefined; id = queue.pop())
    for (const from of parents.get(id) ?? [])
      if (!seen.has(from)) {
        seen.add(from);
        queue.push(from);
        const stmt = byId.get(from)?.node;
        const cond = stmt?.childForFieldName('condition');
        if (stmt && cond && !contains(cond, sink)) out.push({ cond, branch: branchOf(stmt, sink) });
      }
  return out;
}
