// A plain JavaScript copy of a parsed tree, read once with a tree cursor into typed arrays; node objects are made
// only for the nodes a rule reaches.
// web-tree-sitter answers every `type`, `parent`, child list or `text` through wasm and a fresh Node object, and the
// rules ask the same nodes the same questions many times (the scope of each call per rule, the statements of each
// function per helper). On a 20k-line file those reads and their garbage were most of the analysis time. A parsed
// tree is never edited, so one pass that copies what SyntaxNode offers answers every later question exactly.
import type { Node as TsNode, Tree } from 'web-tree-sitter';
import type { Point, SyntaxNode } from '../../core/languages/SyntaxTree';
import { mirrorIndex, rawFor } from './mirrorLookup';

const NAMED = 1;
const BROKEN = 2;

/** One tree's nodes as arrays indexed in pre-order (so sorted by start offset), its source and line starts. */
export class Source {
  private readonly lineStarts: number[] = [0];
  start = new Int32Array(0);
  end = new Int32Array(0);
  typeId = new Uint16Array(0);
  fieldId = new Uint16Array(0);
  flags = new Uint8Array(0);
  parent = new Int32Array(0);
  firstChild = new Int32Array(0);
  nextSibling = new Int32Array(0);
  count = 0;
  private readonly objects: (MirrorNode | undefined)[] = [];
  /** Set once the tree is mirrored. */
  descendantsOfType: (node: MirrorNode, types: string | string[]) => MirrorNode[] = () => [];
  constructor(
    readonly code: string,
    readonly typeNames: string[],
    readonly fieldIds: Map<string, number>,
  ) {
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
  /** Room for `size` nodes (arrays grow by doubling while the cursor walks). */
  reserve(size: number): void {
    if (size <= this.start.length) return;
    const n = Math.max(size, this.start.length * 2);
    const grow = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    [this.start, this.end] = [grow(this.start, new Int32Array(n)), grow(this.end, new Int32Array(n))];
    [this.typeId, this.fieldId] = [grow(this.typeId, new Uint16Array(n)), grow(this.fieldId, new Uint16Array(n))];
    [this.flags, this.parent] = [grow(this.flags, new Uint8Array(n)), grow(this.parent, new Int32Array(n))];
    this.firstChild = grow(this.firstChild, new Int32Array(n));
    this.nextSibling = grow(this.nextSibling, new Int32Array(n));
  }
  /** The node object at index `i` (made once), or null for -1. */
  node(i: number): MirrorNode | null {
    if (i < 0) return null;
    let found = this.objects[i];
    if (!found) {
      found = new MirrorNode(this, i);
      this.objects[i] = found;
    }
    return found;
  }
}

/** Callers must not mutate the arrays it returns: they are the node's own. */
export class MirrorNode implements SyntaxNode {
  private childrenRead: MirrorNode[] | undefined = undefined;
  private namedRead: MirrorNode[] | undefined = undefined;
  private textRead: string | undefined = undefined;
  private startRead: Point | undefined = undefined;
  private endRead: Point | undefined = undefined;

  constructor(
    private readonly source: Source,
    /** The node's index in the source's arrays. */
    readonly index: number,
  ) {}

  get type(): string {
    return this.source.typeNames[this.source.typeId[this.index] ?? 0] || 'ERROR';
  }
  get startIndex(): number {
    return this.source.start[this.index] ?? 0;
  }
  get endIndex(): number {
    return this.source.end[this.index] ?? 0;
  }
  get isNamed(): boolean {
    return ((this.source.flags[this.index] ?? 0) & NAMED) !== 0;
  }
  /** An ERROR or missing node, or an ancestor of one. */
  get hasError(): boolean {
    return ((this.source.flags[this.index] ?? 0) & BROKEN) !== 0;
  }
  get parent(): MirrorNode | null {
    return this.source.node(this.source.parent[this.index] ?? -1);
  }
  get text(): string {
    return (this.textRead ??= this.source.code.slice(this.startIndex, this.endIndex));
  }
  get startPosition(): Point {
    return (this.startRead ??= this.source.point(this.startIndex));
  }
  get endPosition(): Point {
    return (this.endRead ??= this.source.point(this.endIndex));
  }
  get children(): MirrorNode[] {
    if (!this.childrenRead) {
      const { firstChild, nextSibling } = this.source;
      const found: MirrorNode[] = [];
      for (let i = firstChild[this.index] ?? -1; i >= 0; i = nextSibling[i] ?? -1) found.push(this.source.node(i)!);
      this.childrenRead = found;
    }
    return this.childrenRead;
  }
  get namedChildren(): MirrorNode[] {
    return (this.namedRead ??= this.children.filter((c) => c.isNamed));
  }
  get childCount(): number {
    return this.children.length;
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
  childForFieldName(name: string): MirrorNode | null {
    // tree-sitter keeps no field map for an ERROR node's own production, so it names no child of one.
    const field = this.source.fieldIds.get(name);
    if (field === undefined || this.type === 'ERROR') return null;
    const { firstChild, nextSibling, fieldId } = this.source;
    for (let i = firstChild[this.index] ?? -1; i >= 0; i = nextSibling[i] ?? -1)
      if (fieldId[i] === field) return this.source.node(i);
    return null;
  }
  childrenForFieldName(name: string): MirrorNode[] {
    const field = this.source.fieldIds.get(name);
    return field === undefined ? [] : this.children.filter((c) => this.source.fieldId[c.index] === field);
  }
  /** Rare in rules, and web-tree-sitter 0.27 has a quirk here (with "ERROR" among the types only ERROR nodes come back): asked of the real node. */
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
  const language = tree.language;
  const fieldIds = new Map<string, number>();
  language.fields.forEach((name, id) => {
    if (name) fieldIds.set(name, id);
  });
  const s = new Source(code, language.types, fieldIds);
  s.reserve(Math.max(64, code.length >> 1));
  const named = new Map<number, boolean>();
  const lastChild: number[] = [];
  // Missing and error nodes only occur in trees with errors; reading the flag costs a wasm call per node.
  const mayMiss = tree.rootNode.hasError;
  const cursor = tree.walk();
  const read = (parent: number): number => {
    const i = s.count;
    s.count += 1;
    s.reserve(s.count);
    const typeId = cursor.nodeTypeId;
    let isNamed = named.get(typeId);
    if (isNamed === undefined) {
      isNamed = cursor.nodeIsNamed;
      named.set(typeId, isNamed);
    }
    // Only a tree with an error has broken nodes; the error symbol's id decides, as web-tree-sitter also
    // types nameless symbols (Go's zero-width final terminator) 'ERROR'. 0xffff: ts_builtin_sym_error.
    const broken = mayMiss && (typeId === 0xffff || cursor.nodeIsMissing);
    s.typeId[i] = typeId;
    s.start[i] = cursor.startIndex;
    s.end[i] = cursor.endIndex;
    s.flags[i] = (isNamed ? NAMED : 0) | (broken ? BROKEN : 0);
    s.parent[i] = parent;
    s.firstChild[i] = -1;
    s.nextSibling[i] = -1;
    s.fieldId[i] = parent >= 0 ? cursor.currentFieldId : 0;
    if (parent >= 0) {
      const previous = lastChild[parent] ?? -1;
      if (previous >= 0) s.nextSibling[previous] = i;
      else s.firstChild[parent] = i;
      lastChild[parent] = i;
    }
    return i;
  };
  try {
    let node = read(-1);
    for (;;) {
      if (cursor.gotoFirstChild()) {
        node = read(node);
        continue;
      }
      // A leaf (or a finished subtree): climb until a node has a next sibling, passing errors up.
      for (;;) {
        const parent = s.parent[node] ?? -1;
        if (parent < 0) {
          const root = s.node(0)!;
          const mirrorOf = (raw: TsNode): MirrorNode => s.node(mirrorIndex(raw, s))!;
          s.descendantsOfType = (of, types) =>
            rawFor(of, tree)
              .descendantsOfType(types)
              .flatMap((d) => (d ? [mirrorOf(d)] : []));
          return { root, mirrorOf };
        }
        if ((s.flags[node] ?? 0) & BROKEN) s.flags[parent] = (s.flags[parent] ?? 0) | BROKEN;
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
