// Finds, for a source line, the innermost PDG statement covering it (a line inside a callback
// belongs to the callback's statement, not to the call that encloses the callback).
import type { Pdg, PdgStatement } from './Pdg';

export interface StatementRef {
  pdg: Pdg;
  statement: PdgStatement;
}

export function statementIndex(pdgs: readonly Pdg[]): Map<number, StatementRef> {
  const byLine = new Map<number, StatementRef>();
  for (const pdg of pdgs) {
    for (const statement of pdg.statements) {
      const span = statement.endLine - statement.startLine;
      for (let line = statement.startLine; line <= statement.endLine; line += 1) {
        const current = byLine.get(line);
        const currentSpan = current ? current.statement.endLine - current.statement.startLine : Infinity;
        // Ties go to the statement that starts later, i.e. the more deeply nested one.
        if (
          !current ||
          span < currentSpan ||
          (span === currentSpan &&
            statement.startLine >= current.statement.startLine &&
            statement.node.startIndex > current.statement.node.startIndex)
        ) {
          byLine.set(line, { pdg, statement });
        }
      }
    }
  }
  return byLine;
}

/** Every statement on each line (a changed line may hold an `if` header and the statement it guards). */
export function statementsByLine(pdgs: readonly Pdg[]): Map<number, StatementRef[]> {
  const byLine = new Map<number, StatementRef[]>();
  for (const pdg of pdgs) {
    for (const statement of pdg.statements) {
      for (let line = statement.startLine; line <= statement.endLine; line += 1) {
        const list = byLine.get(line);
        if (list) list.push({ pdg, statement });
        else byLine.set(line, [{ pdg, statement }]);
      }
    }
  }
  return byLine;
}
