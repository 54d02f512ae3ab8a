// Builds approximate program dependence graphs for a parsed file: one per function (nested
// functions get their own) and one for module-level code.
import type { ParsedTree, SyntaxNode } from '../languages/SyntaxTree';
import type { Pdg } from './Pdg';
import type { SlicingSpec } from '../languages/SlicingSpec';
import { collectStatements } from './collectStatements';
import { flowDependences } from './flowDependences';
import { slicingSpecFor } from './slicingSpecs';
import { endLine, present, startLine } from './syntaxNodes';

export function buildPdgs(tree: ParsedTree): Pdg[] {
  const spec = slicingSpecFor(tree.language);
  const pdgs: Pdg[] = [buildPdg(tree.root, spec, true)];
  for (const fn of present(tree.root.descendantsOfType(spec.functions))) pdgs.push(buildPdg(fn, spec, false));
  return pdgs;
}

/** One function's PDG, or the module's when `isModule` (then nested functions are skipped). */
export function buildPdg(root: SyntaxNode, spec: SlicingSpec, isModule: boolean): Pdg {
  const { statements, control, sequence } = collectStatements(root, spec, isModule);
  const edges = [...control, ...flowDependences(statements, sequence)];
  return {
    name: isModule ? '<module>' : functionName(root),
    startLine: startLine(root),
    endLine: endLine(root),
    statements,
    edges,
  };
}

/** The declared name; C hides it in a declarator chain, an arrow function or closure in its variable. */
export function functionName(fn: SyntaxNode): string {
  let node: SyntaxNode | null = fn;
  for (let depth = 0; node && depth < 6; depth += 1) {
    const name = node.childForFieldName('name');
    if (name) return name.text;
    const declarator: SyntaxNode | null = node.childForFieldName('declarator');
    if (!declarator) break;
    if (declarator.namedChildCount === 0 || declarator.type.endsWith('identifier')) return declarator.text;
    node = declarator;
  }
  const parent = fn.parent;
  const holder =
    parent?.childForFieldName('name') ?? parent?.childForFieldName('left') ?? parent?.childForFieldName('pattern');
  return holder ? holder.text : '<anonymous>';
}
