// When syntax writes a variable beyond plain assignment: increments that share a node type with
// read-only unary operators, and arguments the callee writes through (`out x`, `&mut x`).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { SlicingSpec } from '../languages/SlicingSpec';
import { present } from './syntaxNodes';

const STEP = new Set(['++', '--']);

/** `x++` writes x; `!x`, `-x` and `x!` share the node type in some grammars and only read. */
export function writesHere(n: SyntaxNode, spec: SlicingSpec): boolean {
  if (!spec.incrementOnly?.includes(n.type)) return true;
  return present(n.children).some((child) => !child.isNamed && STEP.has(child.text));
}

/** C# `out x` / `ref x`, Rust `&mut x`: the callee may write the argument. */
export function isOutArgument(arg: SyntaxNode, spec: SlicingSpec): boolean {
  const out = spec.outArguments;
  if (!out || !out.types.includes(arg.type)) return false;
  return present(arg.children).some((child) => out.markers.includes(child.text));
}
