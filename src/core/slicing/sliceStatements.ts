// The dependence part of slicing: from the statements on the criterion lines, walk up to `hops`
// edges backwards (what the criterion depends on) and forwards (what depends on it), and collect
// the lines of every statement reached.
import type { Pdg, PdgEdge } from './Pdg';
import type { StatementRef } from './statementIndex';

const ENTRY = 0;

export const POLICY = { controlStops: false, noForwardControl: false, trimReached: 0 };

interface Reached {
  /** Variables carried by the data edges that reached the statement. */
  variables: Set<string>;
}

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
    for (const [id, reached] of reach(pdg, seeds, hops)) {
      const statement = pdg.statements[id];
      if (!statement) continue;
      const span = statement.endLine - statement.startLine + 1;
      if (seeds.has(id) || POLICY.trimReached === 0 || span <= POLICY.trimReached) {
        for (let line = statement.startLine; line <= statement.endLine; line += 1) lines.add(line);
        continue;
      }
      lines.add(statement.startLine);
      const text = statement.node.text.split('\n');
      const first = statement.node.startPosition.row + 1;
      for (let line = statement.startLine + 1; line <= statement.endLine; line += 1) {
        const source = text[line - first] ?? '';
        for (const variable of reached.variables) if (mentions(source, variable)) lines.add(line);
      }
    }
  }
  return lines;
}

function mentions(source: string, variable: string): boolean {
  const base = variable.split(/\.|->|::/)[0] ?? variable;
  let at = source.indexOf(base);
  while (at >= 0) {
    const before = source.charAt(at - 1);
    const after = source.charAt(at + base.length);
    if (!/[\w$]/.test(before) && !/[\w$]/.test(after)) return true;
    at = source.indexOf(base, at + 1);
  }
  return false;
}

/**
 * Backward and forward closures are taken separately (a backward step followed by a forward one
 * would pull in every other use of each definition the criterion reads). Control edges lead
 * forward into a governed body only from a criterion itself, and the function entry, which
 * defines every parameter, is kept but never walked through.
 */
function reach(pdg: Pdg, seeds: Set<number>, hops: number): Map<number, Reached> {
  const outgoing = new Map<number, PdgEdge[]>();
  const incoming = new Map<number, PdgEdge[]>();
  for (const edge of pdg.edges) {
    push(outgoing, edge.from, edge);
    push(incoming, edge.to, edge);
  }
  const isModule = pdg.name === '<module>';
  const reached = new Map<number, Reached>();
  const stopped = new Set<number>();
  const walkable = (id: number): boolean => seeds.has(id) || ((id !== ENTRY || isModule) && !stopped.has(id));
  closure(seeds, hops, reached, stopped, (id) => (walkable(id) ? (incoming.get(id) ?? []).map((e) => [e.from, e]) : []));
  closure(seeds, hops, reached, stopped, (id) =>
    walkable(id)
      ? (outgoing.get(id) ?? [])
          .filter((e) => e.kind === 'data' || (seeds.has(id) && !POLICY.noForwardControl))
          .map((e) => [e.to, e])
      : []);
  for (const id of seeds) if (!reached.has(id)) reached.set(id, { variables: new Set() });
  return reached;
}

function closure(
  seeds: Set<number>, hops: number, reached: Map<number, Reached>, stopped: Set<number>,
  step: (id: number) => [number, PdgEdge][],
): void {
  const seen = new Set<number>(seeds);
  let frontier = [...seeds];
  for (let hop = 0; hop < hops && frontier.length > 0; hop += 1) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const [to, edge] of step(id)) {
        let entry = reached.get(to);
        if (!entry) reached.set(to, (entry = { variables: new Set() }));
        if (edge.variable) entry.variables.add(edge.variable);
        if (edge.kind === 'control' && POLICY.controlStops && !seeds.has(to)) stopped.add(to);
        if (!seen.has(to)) {
          seen.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
}

function push(map: Map<number, PdgEdge[]>, key: number, edge: PdgEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
