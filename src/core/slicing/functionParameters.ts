// The names a function's parameters bind, read at the function header as definitions.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { SlicingSpec } from '../languages/SlicingSpec';
import { containsNode, present } from './syntaxNodes';

/** Parameter names; C keeps its parameter list on the declarator, so that chain is searched too. */
export function functionParameters(fn: SyntaxNode, spec: SlicingSpec): string[] {
  const names = new Set<string>();
  for (const list of parameterLists(fn, spec)) collect(list, spec, names);
  return [...names];
}

function parameterLists(fn: SyntaxNode, spec: SlicingSpec): SyntaxNode[] {
  let node: SyntaxNode | null = fn;
  for (let depth = 0; node && depth < 4; depth += 1) {
    const lists = spec.parameterFields.flatMap((field) => present(node?.childrenForFieldName(field) ?? []));
    if (lists.length > 0) return lists;
    node = node.childForFieldName('declarator');
  }
  return [];
}

function collect(node: SyntaxNode, spec: SlicingSpec, names: Set<string>): void {
  if (spec.identifiers.includes(node.type)) {
    names.add(node.text);
    return;
  }
  const skipped = spec.parameterSkipFields.flatMap((field) => present(node.childrenForFieldName(field)));
  const skipTypes = spec.parameterSkipTypes ?? [];
  for (const child of present(node.namedChildren)) {
    if (!containsNode(skipped, child) && !skipTypes.includes(child.type)) collect(child, spec, names);
  }
}
