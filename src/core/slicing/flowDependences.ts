// Second pass of the PDG builder: data (def-use) edges from reaching definitions over the
// statement nesting. Branches start from the same state and join; loop bodies run twice so
// writes late in a loop reach reads early in it.
import type { PdgEdge, PdgStatement } from './Pdg';
import type { FlowNode } from './collectStatements';
import { copyState, define, emptyState, mergeStates, reachingDefs, type DefState } from './reachingDefinitions';

export function flowDependences(statements: readonly PdgStatement[], sequence: readonly FlowNode[]): PdgEdge[] {
  const edges = new Map<string, PdgEdge>();

  function visit(node: FlowNode, state: DefState): DefState {
    const statement = statements[node.id];
    if (!statement) return state;
    for (const variable of statement.uses) {
      for (const from of reachingDefs(state, variable)) {
        if (from === node.id) continue;
        const key = `${from}>${node.id}>${variable}`;
        if (!edges.has(key)) edges.set(key, { from, to: node.id, kind: 'data', variable });
      }
    }
    let after = state;
    if (statement.defs.length > 0) {
      after = copyState(state);
      for (const variable of statement.defs) define(after, variable, node.id);
    }
    let joined = after;
    for (const part of node.parts) joined = mergeStates(joined, run(part, joined));
    if (node.loop && node.parts.length > 0) {
      // Second pass with the loop's own writes visible at its head.
      after = mergeStates(after, joined);
      for (const variable of statement.uses) visitUsesOnly(node.id, variable, after);
      for (const part of node.parts) joined = mergeStates(joined, run(part, mergeStates(after, joined)));
    }
    return joined;
  }

  function visitUsesOnly(id: number, variable: string, state: DefState): void {
    for (const from of reachingDefs(state, variable)) {
      const key = `${from}>${id}>${variable}`;
      if (from !== id && !edges.has(key)) edges.set(key, { from, to: id, kind: 'data', variable });
    }
  }

  function run(sequence: readonly FlowNode[], state: DefState): DefState {
    let current = state;
    for (const node of sequence) current = visit(node, current);
    return current;
  }

  run(sequence, emptyState());
  return [...edges.values()];
}
