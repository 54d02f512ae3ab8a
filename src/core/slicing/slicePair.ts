// Slices a vulnerable/fixed pair around the lines the fix changes, then completes each side with
// the other side's kept context (as RESCUE does), so the two slices show the same surroundings.
import type { ParsedTree } from '../languages/SyntaxTree';
import { buildPdgs } from './buildPdg';
import { lineCorrespondence } from './lineCorrespondence';
import { renderSlice } from './renderSlice';
import { sliceContext } from './sliceContext';
import { sliceStatements } from './sliceStatements';
import { slicingSpecFor } from './slicingSpecs';
import { DEFAULT_HOPS } from './sliceLines';
import { statementIndex, statementsByLine } from './statementIndex';

export interface PairSide {
  tree: ParsedTree;
  code: string;
}

export interface SlicedSide {
  lines: number[];
  text: string;
}

export interface PairSlice {
  vulnerable: SlicedSide;
  fixed: SlicedSide;
  /** Share of the pair's lines (both sides together) the slices leave out, 0..1. */
  reduction: number;
}

export function slicePair(vulnerable: PairSide, fixed: PairSide, hops = DEFAULT_HOPS): PairSlice {
  const spec = slicingSpecFor(vulnerable.tree.language);
  const map = lineCorrespondence(vulnerable.code, fixed.code);
  const pdgsA = buildPdgs(vulnerable.tree);
  const pdgsB = buildPdgs(fixed.tree);
  const indexA = statementIndex(pdgsA);
  const indexB = statementIndex(pdgsB);
  const countA = lineCount(vulnerable.code);
  const countB = lineCount(fixed.code);

  let keptA = sliceStatements(
    statementsByLine(pdgsA),
    map.changedA.filter((l) => l <= countA),
    hops,
  );
  let keptB = sliceStatements(
    statementsByLine(pdgsB),
    map.changedB.filter((l) => l <= countB),
    hops,
  );
  // Two rounds: after context is added on each side, its counterparts may need their own context.
  for (let round = 0; round < 2; round += 1) {
    const fromB = mapped(keptB, map.bToA);
    const fromA = mapped(keptA, map.aToB);
    keptA = sliceContext(indexA, union(keptA, fromB), spec);
    keptB = sliceContext(indexB, union(keptB, fromA), spec);
  }
  keptA = union(keptA, mapped(keptB, map.bToA));
  keptB = union(keptB, mapped(keptA, map.aToB));

  const linesA = sorted(keptA, countA);
  const linesB = sorted(keptB, countB);
  const total = countA + countB;
  return {
    vulnerable: { lines: linesA, text: renderSlice(vulnerable.code, linesA, spec.comment) },
    fixed: { lines: linesB, text: renderSlice(fixed.code, linesB, spec.comment) },
    reduction: total === 0 ? 0 : 1 - (linesA.length + linesB.length) / total,
  };
}

export function lineCount(code: string): number {
  const lines = code.split('\n');
  return lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}

function mapped(lines: ReadonlySet<number>, map: ReadonlyMap<number, number>): Set<number> {
  const out = new Set<number>();
  for (const line of lines) {
    const other = map.get(line);
    if (other !== undefined) out.add(other);
  }
  return out;
}

function union(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  return new Set([...a, ...b]);
}

function sorted(lines: ReadonlySet<number>, count: number): number[] {
  return [...lines].filter((line) => line >= 1 && line <= count).sort((x, y) => x - y);
}
