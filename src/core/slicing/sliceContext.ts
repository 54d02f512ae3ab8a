// The syntactic part of slicing: so a slice reads as code, keep the signature of each enclosing
// function, only the headers of enclosing control structures and, in brace languages, the lines
// that open and close the blocks around kept lines.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { Pdg } from './Pdg';
import type { SlicingSpec } from '../languages/SlicingSpec';
import { splitCompound } from './splitCompound';
import type { StatementRef } from './statementIndex';
import { endLine, startLine } from './syntaxNodes';

export function sliceContext(
  index: Map<number, StatementRef>,
  lines: ReadonlySet<number>,
  spec: SlicingSpec,
): Set<number> {
  const kept = new Set(lines);
  const done = new Set<string>();
  const keepRange = (from: number, to: number): void => {
    for (let line = from; line <= to; line += 1) kept.add(line);
  };

  function header(node: SyntaxNode): void {
    const parts = splitCompound(node, spec);
    keepRange(parts.headerStart, parts.headerEnd);
    if (!spec.braces) return;
    for (const body of parts.bodies) {
      if (spec.blocks.includes(body.type)) {
        kept.add(startLine(body));
        kept.add(endLine(body));
      }
    }
    if (parts.bodies.length > 0) kept.add(endLine(node));
  }

  const statements = new Set<{ node: SyntaxNode; compound: boolean }>();
  const seenStatements = new Set<string>();
  for (const line of lines) {
    const ref = index.get(line);
    if (!ref) continue;
    const key = `${ref.statement.node.startIndex}:${ref.statement.node.type}`;
    if (seenStatements.has(key)) continue;
    seenStatements.add(key);
    const node = ref.statement.node;
    statements.add({ node, compound: isCompound(node, spec, ref.pdg) });
  }

  for (const { node, compound } of statements) {
    if (compound) header(node);
    for (let up = node.parent; up && up.parent; up = up.parent) {
      const key = `${up.startIndex}:${up.endIndex}:${up.type}`;
      if (done.has(key)) break;
      done.add(key);
      if (spec.blocks.includes(up.type)) {
        if (spec.braces) {
          kept.add(startLine(up));
          kept.add(endLine(up));
        }
      } else if (spec.functions.includes(up.type)) {
        header(up);
      } else if (spec.compounds.includes(up.type)) {
        // Only the header of an enclosing structure: the braces of the body the kept line sits
        // in come with that block above; sibling bodies (an unrelated else) stay out.
        const parts = splitCompound(up, spec);
        keepRange(parts.headerStart, parts.headerEnd);
      } else {
        kept.add(startLine(up));
      }
    }
  }
  return kept;
}

function isCompound(node: SyntaxNode, spec: SlicingSpec, pdg: Pdg): boolean {
  return (
    spec.compounds.includes(node.type) || (spec.functions.includes(node.type) && pdg.startLine === startLine(node))
  );
}
