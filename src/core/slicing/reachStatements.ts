// The hop-limited walk over one PDG: which statements lie within `hops` dependence edges of the
// criterion statements, backwards and forwards, and which variables carried the walk to each.
import type { Pdg, PdgEdge } from './Pdg';

const ENTRY = 0;

/**
 * Backward and forward closures are taken separately (a backward step followed by a forward one
 * would pull in every other use of each definition the criterion reads). Each hop expands one
 * frontier, so a statement counts at its shortest distance. Three stops keep slices focused:
 * - the function entry defines every parameter, so it is kept but never walked through (not even
 *   when the signature itself changed: that would reach every use of every parameter);
 * - a header reached through a control edge is kept as context, but its own dependences are not
 *   followed (they explain the branch, not the criterion);
 * - control edges are never followed forwards: a changed `if`/loop header stands for itself, and
 *   its body comes in only through data edges.
 */
export function reachStatements(pdg: Pdg, seeds: ReadonlySet<number>, hops: number): Map<number, Set<string>> {
  const outgoing = new Map<number, PdgEdge[]>();
  const incoming = new Map<number, PdgEdge[]>();
  for (const edge of pdg.edges) {
    push(outgoing, edge.from, edge);
    push(incoming, edge.to, edge);
  }
  const isModule = pdg.name === '<module>';
  const reached = new Map<number, Set<string>>();
  for (const id of seeds) reached.set(id, new Set());
  const viaControl = new Set<number>();
  const walkable = (id: number): boolean => (isModule || id !== ENTRY) && (seeds.has(id) || !viaControl.has(id));

  const walk = (next: (id: number) => PdgEdge[], target: (edge: PdgEdge) => number): void => {
    const seen = new Set<number>(seeds);
    let frontier = [...seeds];
    for (let hop = 0; hop < hops && frontier.length > 0; hop += 1) {
      const following: number[] = [];
      for (const id of frontier) {
        if (!walkable(id)) continue;
        for (const edge of next(id)) {
          const to = target(edge);
          let variables = reached.get(to);
          if (!variables) reached.set(to, (variables = new Set()));
          if (edge.variable) variables.add(edge.variable);
          if (edge.kind === 'control') viaControl.add(to);
          if (!seen.has(to)) {
            seen.add(to);
            following.push(to);
          }
        }
      }
      frontier = following;
    }
  };
  walk(
    (id) => incoming.get(id) ?? [],
    (edge) => edge.from,
  );
  walk(
    (id) => (outgoing.get(id) ?? []).filter((edge) => edge.kind === 'data'),
    (edge) => edge.to,
  );
  return reached;
}

function push(map: Map<number, PdgEdge[]>, key: number, edge: PdgEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
