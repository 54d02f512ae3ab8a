// Second pass of the PDG builder: data (def-use) edges from reaching definitions over the
// statement nesting. Branches start from copies of the same state and join; loop bodies run
// twice so writes late in a loop reach reads early in it. Linear along a sequence: states are
// copied only at branches.
import type { PdgEdge, PdgStatement } from './Pdg';
import type { FlowNode } from './collectStatements';
import { copyState, define, emptyState, mergeStates, reachingDefs, type DefState } from './reachingDefinitions';

export function flowDependences(statements: readonly PdgStatement[], sequence: readonly FlowNode[]): PdgEdge[] {
  const edges = new Map<string, PdgEdge>();

  /** `again`: inside a loop's second pass, where nested loops need no second pass of their own
   * (their carried writes already reach the outer head), which keeps nesting from doubling work. */
  function visit(node: FlowNode, state: DefState, again: boolean): DefState {
    const statement = statements[node.id];
    if (!statement) return state;
    for (const variable of statement.uses) visitUsesOnly(node.id, variable, state);
    // Updated in place: the caller hands over a state nobody else holds.
    for (const variable of statement.defs) define(state, variable, node.id);
    if (node.parts.length === 0) return state;
    const head = node.loop && !again ? copyState(state) : state;
    let joined = state;
    for (const part of node.parts) joined = mergeStates(joined, run(part, copyState(joined), again));
    if (node.loop && !again) {
      // Second pass with the loop's own writes visible at its head.
      const entry = mergeStates(head, joined);
      for (const variable of statement.uses) visitUsesOnly(node.id, variable, entry);
      for (const part of node.parts) joined = mergeStates(joined, run(part, mergeStates(entry, joined), true));
    }
    return joined;
  }

  function visitUsesOnly(id: number, variable: string, state: DefState): void {
    for (const from of reachingDefs(state, variable)) {
      const key = `${from}>${id}>${variable}`;
      if (from !== id && !edges.has(key)) edges.set(key, { from, to: id, kind: 'data', variable });
    }
  }

  function run(sequence: readonly FlowNode[], state: DefState, again = false): DefState {
    let current = state;
    for (const node of sequence) current = visit(node, current, again);
    return current;
  }

  run(sequence, emptyState());
  return [...edges.values()];
}
