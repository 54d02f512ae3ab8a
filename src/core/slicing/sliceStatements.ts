// The dependence part of slicing: from the statements on the criterion lines, walk up to `hops`
// edges backwards (what the criterion depends on) and forwards (what depends on it), and collect
// the lines of every statement reached.
import type { Pdg, PdgEdge } from './Pdg';
import type { StatementRef } from './statementIndex';

const ENTRY = 0;

export function sliceStatements(index: Map<number, StatementRef>, criterionLines: readonly number[], hops: number): Set<number> {
  const lines = new Set<number>(criterionLines);
  const byPdg = new Map<Pdg, Set<number>>();
  for (const line of criterionLines) {
    const ref = index.get(line);
    if (!ref) continue;
    let seeds = byPdg.get(ref.pdg);
    if (!seeds) byPdg.set(ref.pdg, (seeds = new Set()));
    seeds.add(ref.statement.id);
  }
  for (const [pdg, seeds] of byPdg) {
    for (const id of reach(pdg, seeds, hops)) {
      const statement = pdg.statements[id];
      if (!statement) continue;
      for (let line = statement.startLine; line <= statement.endLine; line += 1) lines.add(line);
    }
  }
  return lines;
}

/**
 * Backward and forward closures are taken separately (a backward step followed by a forward one
 * would pull in every other use of each definition the criterion reads). Control edges lead
 * forward into a governed body only from a criterion itself, and the function entry, which
 * defines every parameter, is kept but never walked through.
 */
function reach(pdg: Pdg, seeds: Set<number>, hops: number): Set<number> {
  const outgoing = new Map<number, PdgEdge[]>();
  const incoming = new Map<number, PdgEdge[]>();
  for (const edge of pdg.edges) {
    push(outgoing, edge.from, edge);
    push(incoming, edge.to, edge);
  }
  const isModule = pdg.name === '<module>';
  const backward = closure(seeds, hops, (id) =>
    id === ENTRY && !isModule && !seeds.has(id) ? [] : (incoming.get(id) ?? []).map((e) => e.from));
  const forward = closure(seeds, hops, (id) =>
    id === ENTRY && !isModule && !seeds.has(id)
      ? []
      : (outgoing.get(id) ?? []).filter((e) => e.kind === 'data' || seeds.has(id)).map((e) => e.to));
  return new Set([...backward, ...forward]);
}

function closure(seeds: Set<number>, hops: number, step: (id: number) => number[]): Set<number> {
  const seen = new Set<number>(seeds);
  let frontier = [...seeds];
  for (let hop = 0; hop < hops && frontier.length > 0; hop += 1) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const to of step(id)) {
        if (!seen.has(to)) {
          seen.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

function push(map: Map<number, PdgEdge[]>, key: number, edge: PdgEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
