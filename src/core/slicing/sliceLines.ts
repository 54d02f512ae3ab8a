// Bidirectional slice of a file: statements within `hops` dependence edges of the criterion
// lines, plus the syntactic context that makes the kept lines read as code.
import { PlaygroundError } from '../errors';
import type { ParsedTree } from '../languages/SyntaxTree';
import type { Pdg } from './Pdg';
import { buildPdgs } from './buildPdg';
import { sliceContext } from './sliceContext';
import { sliceStatements } from './sliceStatements';
import { slicingSpecFor } from './slicingSpecs';
import { statementIndex, statementsByLine } from './statementIndex';

export const DEFAULT_HOPS = 2;

export interface SliceResult {
  /** Kept 1-based line numbers, ascending. */
  lines: number[];
}

export function sliceLines(
  tree: ParsedTree,
  criterionLines: readonly number[],
  hops = DEFAULT_HOPS,
  pdgs?: Pdg[],
): SliceResult {
  const lineCount = tree.root.endPosition.row + 1;
  for (const line of criterionLines) {
    if (!Number.isInteger(line) || line < 1 || line > lineCount) {
      throw new PlaygroundError('BAD_INPUT', { message: `criterion line ${line} is outside 1..${lineCount}` });
    }
  }
  const spec = slicingSpecFor(tree.language);
  const graphs = pdgs ?? buildPdgs(tree);
  const index = statementIndex(graphs);
  const core = sliceStatements(statementsByLine(graphs), criterionLines, hops);
  const kept = sliceContext(index, core, spec);
  return { lines: [...kept].filter((line) => line >= 1 && line <= lineCount).sort((a, b) => a - b) };
}
