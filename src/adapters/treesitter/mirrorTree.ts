// A plain JavaScript copy of a parsed tree, read once with a tree cursor.
// web-tree-sitter answers every `type`, `parent`, child list or `text` through wasm and a fresh Node object, and the
// rules ask the same nodes the same questions many times (the scope of each call per rule, the statements of each
// function per helper). On a 20k-line file those reads and their garbage were most of the analysis time. A parsed
// tree is never edited, so one pass that copies what SyntaxNode offers answers every later question exactly.
import type { Node as TsNode, Tree } from 'web-tree-sitter';
import type { Point, SyntaxNode } from '../../core/languages/SyntaxTree';

/** The source and its line starts, shared by every node of one tree (positions are computed from offsets). */
class Source {
  private readonly lineStarts: number[] = [0];
  /** Set once the tree is mirrored. */
  descendantsOfType: (node: MirrorNode, types: string | string[]) => MirrorNode[] = () => [];
  constructor(readonly code: string) {
    for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }
  /** Row and column (both 0-based, the column in UTF-16 units as web-tree-sitter reports it) of an offset. */
  point(index: number): Point {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - (this.lineStarts[lo] ?? 0) };
  }
}

/** Shared by every leaf; frozen, since no caller may change a node's children. */
const NO_CHILDREN: MirrorNode[] = Object.freeze([]) as unknown as MirrorNode[];

/** Callers must not mutate the arrays it returns: they are the node's own. */
export class MirrorNode implements SyntaxNode {
  children: MirrorNode[] = NO_CHILDREN;
  /** The field name of each child (parallel to `children`), as tree-sitter's cursor names it; absent without fields. */
  private fields: (string | undefined)[] | undefined = undefined;
  private namedRead: MirrorNode[] | undefined = undefined;
  private textRead: string | undefined = undefined;
  private startRead: Point | undefined = undefined;
  private endRead: Point | undefined = undefined;

  constructor(
    private readonly source: Source,
    readonly parent: MirrorNode | null,
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly isNamed: boolean,
    /** Set while building: an ERROR or missing node, or an ancestor of one. */
    public hasError: boolean,
  ) {}

  get text(): string {
    return (this.textRead ??= this.source.code.slice(this.startIndex, this.endIndex));
  }
  get startPosition(): Point {
    return (this.startRead ??= this.source.point(this.startIndex));
  }
  get endPosition(): Point {
    return (this.endRead ??= this.source.point(this.endIndex));
  }
  get childCount(): number {
    return this.children.length;
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
  get namedChildren(): MirrorNode[] {
    return (this.namedRead ??= this.children.every((c) => c.isNamed)
      ? this.children
      : this.children.filter((c) => c.isNamed));
  }
  addChild(child: MirrorNode, field: string | undefined): void {
    if (this.children === NO_CHILDREN) this.children = [];
    if (field !== undefined && !this.fields) this.fields = this.children.map(() => undefined);
    this.children.push(child);
    this.fields?.push(field);
  }
  childForFieldName(name: string): MirrorNode | null {
    // tree-sitter keeps no field map for an ERROR node's own production, so it names no child of one.
    const at = this.fields && this.type !== 'ERROR' ? this.fields.indexOf(name) : -1;
    return at === -1 ? null : (this.children[at] ?? null);
  }
  childrenForFieldName(name: string): MirrorNode[] {
    const fields = this.fields;
    return fields ? this.children.filter((_, i) => fields[i] === name) : [];
  }
  /** Rare in rules, and web-tree-sitter's own answer has quirks (ranges, ERROR nodes): asked of the real node. */
  descendantsOfType(types: string | string[]): MirrorNode[] {
    return this.source.descendantsOfType(this, types);
  }
}

/** The mirrored tree and a way back from web-tree-sitter nodes (query captures) to their mirrors. */
export interface MirrorTree {
  root: MirrorNode;
  mirrorOf(raw: TsNode): MirrorNode;
}

/** Copies `tree` (parsed from `code`) in one cursor walk. */
export function mirrorTree(tree: Tree, code: string): MirrorTree {
  const source = new Source(code);
  const language = tree.language;
  const named = new Map<number, boolean>();
  // Pre-order, so sorted by start offset: captures are found by binary search.
  const order: MirrorNode[] = [];
  // Missing nodes only occur in trees with errors; reading the flag costs a wasm call per node.
  const mayMiss = tree.rootNode.hasError;
  const cursor = tree.walk();
  const read = (parent: MirrorNode | null): MirrorNode => {
    const typeId = cursor.nodeTypeId;
    let isNamed = named.get(typeId);
    if (isNamed === undefined) {
      isNamed = cursor.nodeIsNamed;
      named.set(typeId, isNamed);
    }
    const type = language.types[typeId] || 'ERROR';
    const broken = type === 'ERROR' || (mayMiss && cursor.nodeIsMissing);
    const node = new MirrorNode(source, parent, type, cursor.startIndex, cursor.endIndex, isNamed, broken);
    order.push(node);
    parent?.addChild(node, parent ? (cursor.currentFieldName ?? undefined) : undefined);
    return node;
  };
  const root = read(null);
  try {
    let node = root;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        node = read(node);
        continue;
      }
      // A leaf (or a finished subtree): climb until a node has a next sibling, passing errors up.
      for (;;) {
        const parent = node.parent;
        if (!parent) {
          const mirrorOf = (raw: TsNode): MirrorNode => mirrorFor(raw, order);
          source.descendantsOfType = (of, types) =>
            rawFor(of, tree)
              .descendantsOfType(types)
              .flatMap((d) => (d ? [mirrorOf(d)] : []));
          return { root, mirrorOf };
        }
        if (node.hasError) parent.hasError = true;
        if (cursor.gotoNextSibling()) {
          node = read(parent);
          break;
        }
        cursor.gotoParent();
        node = parent;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The web-tree-sitter node of a mirrored one: the smallest node over its span, then up to its type. */
function rawFor(node: MirrorNode, tree: Tree): TsNode {
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

/** The mirrored node with the raw node's span and type: binary search on the start, then the few nodes there. */
function mirrorFor(raw: TsNode, order: MirrorNode[]): MirrorNode {
  const start = raw.startIndex;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((order[mid]?.startIndex ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  const same: MirrorNode[] = [];
  const end = raw.endIndex;
  for (let i = lo; i < order.length && order[i]?.startIndex === start; i += 1)
    if (order[i]?.endIndex === end) same.push(order[i] as MirrorNode);
  // Only a chain of single-child wrappers shares a span; then the type tells them apart.
  const found = same.length === 1 ? same[0] : same.find((n) => n.type === raw.type);
  if (found) return found;
  throw new Error(`no mirrored node for ${raw.type} at ${start}`);
}
