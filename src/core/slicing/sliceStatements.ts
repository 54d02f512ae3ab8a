// The dependence part of slicing: from the statements on the criterion lines, walk up to `hops`
// edges backwards (what the criterion depends on) and forwards (what depends on it), one frontier
// per hop, and collect the lines of every statement reached.
import type { Pdg } from './Pdg';
import { reachStatements } from './reachStatements';
import type { StatementRef } from './statementIndex';

/** A reached statement longer than this is kept as its first line plus the lines naming the carried variables. */
const FULL_STATEMENT_LINES = 2;

/** `byLine` lists every statement on a line (statementsByLine): all of them are criteria. */
export function sliceStatements(
  byLine: Map<number, StatementRef[]>,
  criterionLines: readonly number[],
  hops: number,
): Set<number> {
  const lines = new Set<number>(criterionLines);
  const byPdg = new Map<Pdg, Set<number>>();
  for (const line of criterionLines) {
    for (const ref of byLine.get(line) ?? []) {
      let seeds = byPdg.get(ref.pdg);
      if (!seeds) byPdg.set(ref.pdg, (seeds = new Set()));
      seeds.add(ref.statement.id);
    }
  }
  for (const [pdg, seeds] of byPdg) {
    for (const [id, variables] of reachStatements(pdg, seeds, hops)) {
      const statement = pdg.statements[id];
      if (!statement) continue;
      const span = statement.endLine - statement.startLine + 1;
      if (seeds.has(id) || span <= FULL_STATEMENT_LINES || variables.size === 0) {
        for (let line = statement.startLine; line <= statement.endLine; line += 1) lines.add(line);
        continue;
      }
      // A long call or literal reached through one variable: its first line and the lines that
      // name that variable say why it is in the slice; the rest is elided.
      lines.add(statement.startLine);
      const text = statement.node.text.split('\n');
      const first = statement.node.startPosition.row + 1;
      for (let line = statement.startLine + 1; line <= statement.endLine; line += 1) {
        const source = text[line - first] ?? '';
        for (const variable of variables) {
          if (mentions(source, variable)) {
            lines.add(line);
            break;
          }
        }
      }
    }
  }
  return lines;
}

/** Whether a source line names the variable's base (`p` of `p->len`) as a whole word. */
function mentions(source: string, variable: string): boolean {
  const base = variable.split(/\.|->|::|\?->/)[0] || variable;
  for (let at = source.indexOf(base); at >= 0; at = source.indexOf(base, at + 1)) {
    if (!/[\w$]/.test(source.charAt(at - 1)) && !/[\w$]/.test(source.charAt(at + base.length))) return true;
  }
  return false;
}
