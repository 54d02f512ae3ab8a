// The line diff of a vulnerable/fixed pair: which lines the fix changes on each side, and which
// unchanged line on one side is which on the other (so slices of the two sides can align).
import { diffLines } from 'diff';

export interface LineCorrespondence {
  /** Lines removed from the vulnerable side / added on the fixed side (1-based). */
  changedA: number[];
  changedB: number[];
  /** Lines next to a pure insertion or deletion on the side without changed lines there. */
  anchorsA: number[];
  anchorsB: number[];
  aToB: Map<number, number>;
  bToA: Map<number, number>;
}

export function lineCorrespondence(a: string, b: string): LineCorrespondence {
  const result: LineCorrespondence = {
    changedA: [],
    changedB: [],
    anchorsA: [],
    anchorsB: [],
    aToB: new Map(),
    bToA: new Map(),
  };
  const changes = diffLines(a, b);
  let lineA = 1;
  let lineB = 1;
  changes.forEach((change, index) => {
    const count = change.count ?? 0;
    const previous = changes[index - 1];
    const next = changes[index + 1];
    if (change.added) {
      for (let k = 0; k < count; k += 1) result.changedB.push(lineB + k);
      // An insertion with no removal beside it: the neighbouring lines on the old side stand in.
      if (!previous?.removed && !next?.removed) result.anchorsA.push(...[lineA - 1, lineA].filter((l) => l >= 1));
      lineB += count;
    } else if (change.removed) {
      for (let k = 0; k < count; k += 1) result.changedA.push(lineA + k);
      if (!previous?.added && !next?.added) result.anchorsB.push(...[lineB - 1, lineB].filter((l) => l >= 1));
      lineA += count;
    } else {
      for (let k = 0; k < count; k += 1) {
        result.aToB.set(lineA + k, lineB + k);
        result.bToA.set(lineB + k, lineA + k);
      }
      lineA += count;
      lineB += count;
    }
  });
  return result;
}
