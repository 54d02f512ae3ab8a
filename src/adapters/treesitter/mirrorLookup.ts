// Between web-tree-sitter nodes and their mirrors (mirrorTree.ts): query captures come back as web-tree-sitter
// nodes, and the rare descendantsOfType question is asked of the real node.
import type { Node as TsNode, Tree } from 'web-tree-sitter';
import type { MirrorNode, Source } from './mirrorTree';

/** The web-tree-sitter node of a mirrored one: the smallest node over its span, then up to its type. */
export function rawFor(node: MirrorNode, tree: Tree): TsNode {
  let raw: TsNode | null = tree.rootNode.descendantForIndex(node.startIndex, node.endIndex);
  while (
    raw &&
    raw.type !== node.type &&
    raw.parent &&
    raw.parent.endIndex - raw.parent.startIndex === raw.endIndex - raw.startIndex
  )
    raw = raw.parent;
  if (!raw || raw.type !== node.type || raw.startIndex !== node.startIndex)
    throw new Error(`no tree-sitter node for ${node.type}`);
  return raw;
}

/** The index of the mirrored node with the raw node's span and type: binary search on the start. */
export function mirrorIndex(raw: TsNode, s: Source): number {
  const start = raw.startIndex;
  let lo = 0;
  let hi = s.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.start[mid] ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  const same: number[] = [];
  const end = raw.endIndex;
  for (let i = lo; i < s.count && s.start[i] === start; i += 1) if (s.end[i] === end) same.push(i);
  // Only a chain of single-child wrappers shares a span; then the type tells them apart.
  const type = same.length > 1 ? raw.type : '';
  const found = same.length === 1 ? same[0] : same.find((i) => s.node(i)?.type === type);
  if (found !== undefined) return found;
  throw new Error(`no mirrored node for ${raw.type} at ${start}`);
}
